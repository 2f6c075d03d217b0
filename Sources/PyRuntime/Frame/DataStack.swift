// The interpreter's value stack (DESIGN.md section 4): frames take their locals and operand
// stack from chunks that never move, so a frame's slots pointer stays valid while it lives.

final class DataStack {
    private struct Chunk {
        let base: UnsafeMutablePointer<Value>
        let capacity: Int
        var top: Int
    }
    private var chunks: [Chunk] = []
    private static let chunkSize = 1 << 16

    /// `count` slots, initialized to NULL. Released in LIFO order with `release`.
    func allocate(_ count: Int) -> UnsafeMutablePointer<Value> {
        if chunks.isEmpty || chunks[chunks.count - 1].top + count > chunks[chunks.count - 1].capacity {
            let capacity = max(DataStack.chunkSize, count)
            let base = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
            chunks.append(Chunk(base: base, capacity: capacity, top: 0))
        }
        let last = chunks.count - 1
        let pointer = chunks[last].base + chunks[last].top
        pointer.initialize(repeating: .null, count: count)
        chunks[last].top += count
        return pointer
    }

    /// Releases the most recent allocation (values in it must already be deinitialized or
    /// are deinitialized here).
    func release(_ pointer: UnsafeMutablePointer<Value>, _ count: Int, live: Int) {
        // Slots past `live` hold NULL, which needs no destruction.
        var i = 0
        while i < live {
            if case .object = pointer[i] { (pointer + i).deinitialize(count: 1) }
            i += 1
        }
        let last = chunks.count - 1
        chunks[last].top -= count
        if chunks[last].top == 0 && chunks.count > 1 {
            chunks[last].base.deallocate()
            chunks.removeLast()
        }
    }

    deinit {
        for chunk in chunks { chunk.base.deallocate() }
    }
}
