// CPython 3.11's hash() of constants under PYTHONHASHSEED=0 (all-zero hash secret),
// 64-bit build. Set element order (PySetTable) is a function of these values.

public enum PyHash {
    /// CPython 3.11's hash() with PYTHONHASHSEED=0; nil for unhashable values (list, dict,
    /// set, a tuple or frozenset holding one, and `.null`).
    ///
    /// Two kinds of value hash by object address in 3.11, which no value model can know:
    /// - NaN (`_Py_HashPointer(inst)`); here it hashes as 0, `sys.hash_info.nan`.
    /// - None, Ellipsis and the StopIteration class (default identity hash). These are
    ///   static objects in libpython, so ASLR moves them by whole pages only and the low 12
    ///   bits of their address are fixed for a given libpython build; those bits are the low
    ///   8 bits of the hash, which pick a small set's slots. The addresses below carry the
    ///   page offsets of the python3.11.7 build these tests ran against; their higher bits
    ///   (used only after two collisions in a set) are arbitrary.
    public static func hash(_ value: PyConstant) -> Int? {
        switch value {
        case .null, .list, .dict, .set:
            return nil
        case .none:
            return pointerHash(noneAddress)
        case .ellipsis:
            return pointerHash(ellipsisAddress)
        case .stopIteration:
            return pointerHash(stopIterationAddress)
        case .bool(let b):
            return b ? 1 : 0
        case .int(let i):
            return hash(int: i)
        case .bigInt(let big):
            return hash(bigInt: big)
        case .float(let d):
            return hash(double: d)
        case .complex(let real, let imag):
            let combined = UInt(bitPattern: hash(double: real))
                &+ imagMultiplier &* UInt(bitPattern: hash(double: imag))
            return combined == UInt.max ? -2 : Int(bitPattern: combined)
        case .str(let s):
            return hash(str: s)
        case .bytes(let b):
            return hashBytes(b)
        case .tuple(let items):
            return hash(tuple: items)
        case .frozenset(let items):
            var table = PySetTable()
            for item in items {
                guard let h = hash(item) else { return nil }
                table.add(item, hash: h)
            }
            return table.frozensetHash
        case .code(let code):
            return hash(code: code)
        }
    }

    /// Nominal addresses with the page offsets of `_Py_NoneStruct`, `_Py_EllipsisObject`
    /// and `PyExc_StopIteration`'s type object in the reference python3.11.7 libpython.
    static let noneAddress: UInt = 0x7F00_0065_BBE0
    static let ellipsisAddress: UInt = 0x7F00_0065_DE60
    static let stopIterationAddress: UInt = 0x7F00_0065_2940

    /// `_PyHASH_MODULUS`, the Mersenne prime 2**61 - 1.
    static let modulus: UInt64 = (1 << 61) - 1
    static let modulusBits: UInt64 = 61
    static let infinityHash = 314_159
    static let imagMultiplier: UInt = 1_000_003

    /// `_Py_HashPointer`: the address rotated right by 4 (alignment bits move to the top).
    static func pointerHash(_ address: UInt) -> Int {
        let rotated = (address >> 4) | (address << (UInt(UInt.bitWidth) - 4))
        let h = Int(bitPattern: rotated)
        return h == -1 ? -2 : h
    }

    /// `long_hash` for values that fit in 64 bits: sign * (|i| mod 2**61-1), -1 becomes -2.
    public static func hash(int i: Int) -> Int {
        let reduced = Int(i.magnitude % UInt(modulus))
        let h = i < 0 ? -reduced : reduced
        return h == -1 ? -2 : h
    }

    public static func hash(bigInt big: PyBigInt) -> Int {
        // Multiplying by 2**15 modulo a Mersenne prime is a 61-bit rotation.
        var x: UInt64 = 0
        for digit in big.digits.reversed() {
            x = ((x << 15) & modulus) | (x >> (modulusBits - 15))
            x += UInt64(digit)
            if x >= modulus { x -= modulus }
        }
        let h = big.isNegative ? -Int(x) : Int(x)
        return h == -1 ? -2 : h
    }

    /// `_Py_HashDouble` (NaN: see `hash(_:)`).
    public static func hash(double v: Double) -> Int {
        if v.isNaN { return 0 }
        if v.isInfinite { return v > 0 ? infinityHash : -infinityHash }
        if v == 0 { return 0 }
        // frexp: v = m * 2**e with 0.5 <= |m| < 1.
        var m = v.magnitude.significand / 2
        var e = Int(v.magnitude.exponent) + 1
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | (x >> (modulusBits - 28))
            m *= 268_435_456.0  // 2**28
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let bits = Int(modulusBits)
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
        x = ((x << UInt64(e)) & modulus) | (x >> (modulusBits - UInt64(e)))
        var h = Int(bitPattern: UInt(x))
        if v < 0 { h = -h }
        return h == -1 ? -2 : h
    }

    /// `unicode_hash`: siphash13 of the PEP 393 buffer, whose width (1, 2 or 4 bytes per
    /// character, little-endian) is set by the largest code point.
    public static func hash(str s: PyStr) -> Int {
        if s.isASCII { return hashBytes(s.utf8) }
        let codePoints = s.codePoints
        let maxCodePoint = codePoints.max() ?? 0
        let width = maxCodePoint <= 0xFF ? 1 : (maxCodePoint <= 0xFFFF ? 2 : 4)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(codePoints.count * width)
        for c in codePoints {
            for k in 0..<width { buffer.append(UInt8(truncatingIfNeeded: c >> UInt32(8 * k))) }
        }
        return hashBytes(buffer)
    }

    /// `_Py_HashBytes`: 0 for empty input, otherwise siphash13 with a zero key.
    public static func hashBytes(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { hashBytes($0) }
    }

    /// `_Py_HashBytes` over a buffer (the runtime hashes str storage in place).
    public static func hashBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if bytes.isEmpty { return 0 }
        let h = Int(bitPattern: UInt(siphash13(bytes)))
        return h == -1 ? -2 : h
    }

    /// SipHash-1-3 with k0 = k1 = 0 (pyhash.c).
    static func siphash13(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let k0: UInt64 = 0
        let k1: UInt64 = 0
        var v0 = k0 ^ 0x736F_6D65_7073_6575
        var v1 = k1 ^ 0x646F_7261_6E64_6F6D
        var v2 = k0 ^ 0x6C79_6765_6E65_7261
        var v3 = k1 ^ 0x7465_6462_7974_6573

        func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }
        func round() {
            v0 &+= v1; v2 &+= v3
            v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2
            v0 = rotl(v0, 32)
            v2 &+= v1; v0 &+= v3
            v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0
            v2 = rotl(v2, 32)
        }

        let count = bytes.count
        let raw = UnsafeRawPointer(bytes.baseAddress)
        var offset = 0
        while count - offset >= 8 {
            // Little-endian 8-byte words, as pyhash.c reads them.
            let word = UInt64(littleEndian: raw?.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ?? 0)
            offset += 8
            v3 ^= word
            round()
            v0 ^= word
        }
        var last = UInt64(truncatingIfNeeded: count) << 56
        for k in 0..<(count - offset) { last |= UInt64(bytes[offset + k]) << UInt64(8 * k) }
        v3 ^= last
        round()
        v0 ^= last
        v2 ^= 0xFF
        round(); round(); round()
        return (v0 ^ v1) ^ (v2 ^ v3)
    }

    /// `tuplehash` (3.8+): xxHash-style lanes.
    static func hash(tuple items: [PyConstant]) -> Int? {
        let prime1: UInt = 11_400_714_785_074_694_791
        let prime2: UInt = 14_029_467_366_897_019_727
        let prime5: UInt = 2_870_177_450_012_600_261
        var acc = prime5
        for item in items {
            guard let lane = hash(item) else { return nil }
            acc &+= UInt(bitPattern: lane) &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc &*= prime1
        }
        acc &+= UInt(items.count) ^ (prime5 ^ 3_527_539)
        return acc == UInt.max ? 1_546_275_796 : Int(bitPattern: acc)
    }

    /// `frozenset_hash` over the entry hashes of a built table (empty slots cancel out).
    public static func frozensetHash(entryHashes: [Int]) -> Int {
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167 }
        var h: UInt = 0
        for entry in entryHashes { h ^= shuffle(UInt(bitPattern: entry)) }
        h ^= (UInt(entryHashes.count) &+ 1) &* 1_927_868_237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907_133_923
        return h == UInt.max ? 590_923_713 : Int(bitPattern: h)
    }

    /// 3.11's `code_hash`.
    static func hash(code: CodeObject) -> Int? {
        guard let consts = hash(tuple: code.consts) else { return nil }
        var h = hash(str: code.name) ^ consts
        h ^= hash(tuple: code.names.map { .str($0) })!
        h ^= hash(tuple: code.localsplusnames.map { .str($0) })!
        h ^= hashBytes(code.linetable) ^ hashBytes(code.exceptiontable)
        h ^= Int(code.argcount) ^ Int(code.posonlyargcount) ^ Int(code.kwonlyargcount)
        h ^= Int(code.flags.rawValue)
        return h == -1 ? -2 : h
    }
}
