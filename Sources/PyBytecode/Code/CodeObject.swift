// A CPython 3.11 code object: every field marshal stores, plus the views
// (`varnames`, `cellvars`, `freevars`, `nlocals`) CPython derives from them.

public struct CodeObject: Sendable, Equatable {
    public var argcount: Int32
    public var posonlyargcount: Int32
    public var kwonlyargcount: Int32
    public var stacksize: Int32
    public var flags: CodeFlags
    /// `co_code`: 2-byte code units, caches zeroed (the de-specialized form).
    public var code: [UInt8]
    public var consts: [PyConstant]
    public var names: [PyStr]
    /// `co_localsplusnames`: the fast-local slot names (locals, cells, free variables).
    public var localsplusnames: [PyStr]
    /// `co_localspluskinds`: one `LocalKind` bit set per slot.
    public var localspluskinds: [UInt8]
    public var filename: PyStr
    public var name: PyStr
    public var qualname: PyStr
    public var firstlineno: Int32
    public var linetable: [UInt8]
    public var exceptiontable: [UInt8]

    public init(argcount: Int32 = 0, posonlyargcount: Int32 = 0, kwonlyargcount: Int32 = 0,
                stacksize: Int32 = 0, flags: CodeFlags = [], code: [UInt8] = [],
                consts: [PyConstant] = [], names: [PyStr] = [], localsplusnames: [PyStr] = [],
                localspluskinds: [UInt8] = [], filename: PyStr = "", name: PyStr = "",
                qualname: PyStr = "", firstlineno: Int32 = 1, linetable: [UInt8] = [],
                exceptiontable: [UInt8] = []) {
        self.argcount = argcount
        self.posonlyargcount = posonlyargcount
        self.kwonlyargcount = kwonlyargcount
        self.stacksize = stacksize
        self.flags = flags
        self.code = code
        self.consts = consts
        self.names = names
        self.localsplusnames = localsplusnames
        self.localspluskinds = localspluskinds
        self.filename = filename
        self.name = name
        self.qualname = qualname
        self.firstlineno = firstlineno
        self.linetable = linetable
        self.exceptiontable = exceptiontable
    }

    /// Names of the slots whose kind has `bit`, in slot order.
    private func slotNames(where predicate: (LocalKind) -> Bool) -> [PyStr] {
        var result: [PyStr] = []
        for (index, name) in localsplusnames.enumerated() where index < localspluskinds.count {
            if predicate(LocalKind(rawValue: localspluskinds[index])) { result.append(name) }
        }
        return result
    }

    /// `co_varnames`: plain locals and arguments (including arguments that are cells).
    public var varnames: [PyStr] { slotNames { $0.contains(.local) } }
    /// `co_cellvars`: cells, including arguments that are cells.
    public var cellvars: [PyStr] { slotNames { $0.contains(.cell) } }
    /// `co_freevars`.
    public var freevars: [PyStr] { slotNames { $0.contains(.free) } }
    /// `co_nlocals`.
    public var nlocals: Int { varnames.count }

    /// The name of fast-local slot `index` (`code._varname_from_oparg`), nil when out of range.
    public func localName(_ index: Int) -> PyStr? {
        index >= 0 && index < localsplusnames.count ? localsplusnames[index] : nil
    }
}

/// `co_flags` bits (Include/cpython/code.h).
public struct CodeFlags: OptionSet, Sendable, Hashable {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    public static let optimized = CodeFlags(rawValue: 0x1)
    public static let newLocals = CodeFlags(rawValue: 0x2)
    public static let varargs = CodeFlags(rawValue: 0x4)
    public static let varkeywords = CodeFlags(rawValue: 0x8)
    public static let nested = CodeFlags(rawValue: 0x10)
    public static let generator = CodeFlags(rawValue: 0x20)
    public static let noFree = CodeFlags(rawValue: 0x40)
    public static let coroutine = CodeFlags(rawValue: 0x80)
    public static let iterableCoroutine = CodeFlags(rawValue: 0x100)
    public static let asyncGenerator = CodeFlags(rawValue: 0x200)
}

/// Kinds of a fast-local slot (`co_localspluskinds`).
public struct LocalKind: OptionSet, Sendable, Hashable {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let local = LocalKind(rawValue: 0x20)
    public static let cell = LocalKind(rawValue: 0x40)
    public static let free = LocalKind(rawValue: 0x80)
}
