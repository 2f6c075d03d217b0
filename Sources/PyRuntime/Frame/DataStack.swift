// The interpreter's value stack (DESIGN.md section 4): frames take their locals and operand
// stack from chunks that never move, so a frame's slots pointer stays valid while it lives.
// Allocation and release are LIFO; the current chunk's bounds are plain stored properties
// so the per-call fast path is a compare and an add.

final class DataStack {
    private struct Chunk {
        let base: UnsafeMutablePointer<Value>
        let capacity: Int
        var top: Int
    }
    private static let chunkSize = 1 << 16
    /// The chunk allocations come from.
    private var base: UnsafeMutablePointer<Value>
    private var capacity: Int
    private var top = 0
    /// Full chunks below the current one, oldest first.
    private var older: [Chunk] = []
    /// One emptied chunk kept to avoid allocating again when recursion oscillates at a
    /// chunk boundary.
    private var spare: Chunk? = nil

    init() {
        capacity = DataStack.chunkSize
        base = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
    }

    /// `count` slots, the first `initialized` of them set to NULL (a frame's locals; its
    /// operand-stack slots are initialized by pushes). Released in LIFO order with `release`.
    @inline(__always)
    func allocate(_ count: Int, initializing initialized: Int) -> UnsafeMutablePointer<Value> {
        if top + count > capacity { startChunk(count) }
        let pointer = base + top
        var i = 0
        while i < initialized { (pointer + i).initialize(to: .null); i += 1 }
        top += count
        return pointer
    }

    @inline(never)
    private func startChunk(_ count: Int) {
        older.append(Chunk(base: base, capacity: capacity, top: top))
        if let s = spare, s.capacity >= count {
            base = s.base
            capacity = s.capacity
            spare = nil
        } else {
            capacity = max(DataStack.chunkSize, count)
            base = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        }
        top = 0
    }

    /// Releases the most recent allocation, destroying its first `live` slots.
    @inline(__always)
    func release(_ pointer: UnsafeMutablePointer<Value>, _ count: Int, live: Int) {
        var i = 0
        while i < live {
            (pointer + i).destroyValue()
            i += 1
        }
        top -= count
        if top == 0 && !older.isEmpty { endChunk() }
    }

    @inline(never)
    private func endChunk() {
        if let s = spare { s.base.deallocate() }
        spare = Chunk(base: base, capacity: capacity, top: 0)
        let previous = older.removeLast()
        base = previous.base
        capacity = previous.capacity
        top = previous.top
    }

    deinit {
        for chunk in older { chunk.base.deallocate() }
        if let s = spare { s.base.deallocate() }
        base.deallocate()
    }
}
