// Type objects: name, bases, MRO and the class namespace. Builtin types are created once
// per interpreter (Runtime.types); user classes are built by `type(name, bases, ns)`.

/// How a type's instances are laid out in Swift: a subclass of `list` makes PyList
/// instances, so native fast paths check the layout, never the exact type.
public enum InstanceLayout: Sendable {
    case object, type, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset
    case none, notImplemented, ellipsis, function, builtinFunction, method, code, cell, module
    case range, slice, iterator, property, staticMethod, classMethod, superObject, baseException
    case other
}

public final class PyType: PyObject {
    public var name: String
    public var qualname: String
    public var bases: [PyType]
    public private(set) var mro: [PyType] = [] {
        didSet { namespace.typeEpoch?.bump() }
    }
    /// hasPlainAttributeAccess's answer and the type epoch it was computed at.
    var plainAttributes = false
    var plainAttributesEpoch: UInt64 = 0
    /// Remembered `lookup` results, valid while the runtime's type epoch is unchanged.
    private var lookupMemo = TypeLookupMemo()
    /// The class namespace (`__dict__`).
    public let namespace: PyDict
    public let layout: InstanceLayout
    /// False for builtin types: their attributes cannot be set.
    public let isHeapType: Bool
    /// Whether instances get a `__dict__` (false for builtins and for `__slots__` classes).
    public var instancesHaveDict: Bool
    /// The module name shown in reprs (`builtins` is omitted).
    public var moduleName: String
    /// Whether the class (or a base) defines `__del__`: the one test an instance's deinit makes.
    public final var hasFinalizer = false
    /// Lifetime state shared by all types of one runtime (Lifecycle.swift).
    public let lifecycle: ObjectLifecycle
    /// How many `__slots__` values instances carry, counting the bases' (PySlottedObject).
    public var slotCount = 0
    /// Slot wrappers made for this builtin type so far (`int.__add__` is one object, so
    /// `(5).__add__ == (5).__add__`).
    var slotWrappers: [String: Value] = [:]
    /// For builtin (immutable) types: the `__new__` and the `__init__` to call (nil when it
    /// is object's, which has nothing to do), resolved on the first call of the type.
    var builtinConstruction: (new: Value, initializer: Value?)?

    init(metatype: PyType?, name: String, bases: [PyType], layout: InstanceLayout,
         isHeapType: Bool, namespace: PyDict, moduleName: String = "builtins") {
        self.name = name
        self.qualname = name
        self.bases = bases
        self.layout = layout
        self.isHeapType = isHeapType
        self.instancesHaveDict = isHeapType
        self.namespace = namespace
        self.moduleName = moduleName
        // All type namespaces of a runtime share one epoch (bootstrap types get theirs
        // from the runtime, every later type inherits it from a base).
        if namespace.typeEpoch == nil {
            namespace.typeEpoch = bases.first?.namespace.typeEpoch ?? metatype?.namespace.typeEpoch
        }
        self.lifecycle = metatype?.lifecycle ?? ObjectLifecycle()
        if let metatype {
            super.init(type: metatype)
        } else {
            super.init(bootstrap: ())
            self.type = self
        }
    }

    /// Computes the C3 linearization; throws TypeError for inconsistent hierarchies.
    func computeMRO(_ rt: Runtime) throws {
        var sequences: [[PyType]] = bases.map { $0.mro } + [bases]
        var result: [PyType] = [self]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { break }
            var candidate: PyType? = nil
            for sequence in sequences {
                let head = sequence[0]
                if !sequences.contains(where: { $0.dropFirst().contains { $0 === head } }) {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                // set_mro_error: the distinct heads of the sequences still to merge.
                var heads: [PyType] = []
                for sequence in sequences where !heads.contains(where: { $0 === sequence[0] }) { heads.append(sequence[0]) }
                let names = heads.map { $0.name }.joined(separator: ", ")
                throw rt.error(rt.types.typeError,
                               "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(next)
            sequences = sequences.map { $0.first === next ? Array($0.dropFirst()) : $0 }
        }
        mro = result
    }

    /// Installs the MRO a metaclass's own `mro()` returned.
    func replaceMRO(_ newMRO: [PyType]) {
        mro = newMRO
    }

    /// Direct subclasses (`__subclasses__`). CPython holds them weakly; here they are strong
    /// because type objects never die anyway (each type's MRO holds the type itself), and a
    /// Swift `weak` reference gives its target a side table, which sends every later
    /// retain/release of the class down the slow path (measured: a third of the time of
    /// instance-creating code). See docs/architecture.md, "Type objects are immortal".
    private var subclassRefs: [PyType] = []

    func addSubclass(_ cls: PyType) {
        subclassRefs.append(cls)
    }

    var liveSubclasses: [PyType] { subclassRefs }

    /// Sets the MRO of a builtin type with at most one base (no C3 needed).
    func setLinearMRO() {
        mro = [self] + (bases.first?.mro ?? [])
    }

    /// `_PyType_Lookup`: the attribute from the first class in the MRO that defines it.
    @inline(__always)
    public func lookup(_ name: PyStrObject) -> Value? {
        let epoch = namespace.typeEpoch?.value ?? 0
        if let remembered = lookupMemo.find(name, epoch: epoch) {
            return remembered.isNull ? nil : remembered
        }
        return lookupUncached(name, epoch: epoch)
    }

    @inline(never)
    private func lookupUncached(_ name: PyStrObject, epoch: UInt64) -> Value? {
        var found: Value? = nil
        for klass in mro {
            if let value = klass.namespace.lookupString(name) { found = value; break }
        }
        if epoch != 0 { lookupMemo.insert(name, found ?? .null, epoch: epoch) }
        return found
    }

    deinit {
        lookupMemo.release()
    }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }
}

