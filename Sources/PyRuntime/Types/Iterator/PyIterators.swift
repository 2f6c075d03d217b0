// Iterator objects of the builtin containers, and a generic one driven by a closure.

public final class PySequenceIterator: PyObject {
    enum Source {
        case list(PyList)
        /// list_reverseiterator: `index` counts down and is checked against the live size.
        case reversedList(PyList)
        case tuple(PyTuple)
        case str(PyStrObject)
        case range(start: Int, step: Int, count: Int)
    }
    let source: Source
    var index = 0
    init(type: PyType, _ source: Source) {
        self.source = source
        super.init(type: type)
    }
}

public final class PyDictIterator: PyObject {
    enum Kind { case keys, values, items }
    let source: PyDict
    let kind: Kind
    var position = 0
    /// dictiterobject's di_used: the dict's size when iteration started (-1 once a size
    /// change was reported, so the iterator keeps failing as CPython's does).
    var used: Int
    /// di_len: entries still expected; finding one more means keys were swapped in.
    var remaining: Int
    init(type: PyType, dict: PyDict, kind: Kind) {
        self.source = dict
        self.kind = kind
        self.used = dict.count
        self.remaining = dict.count
        super.init(type: type)
    }
}

/// An iterator whose next value comes from a Swift closure (nil = exhausted).
public final class PyClosureIterator: PyObject {
    let next: (Runtime) throws -> Value?
    init(type: PyType, next: @escaping (Runtime) throws -> Value?) {
        self.next = next
        super.init(type: type)
    }
}

/// iter(callable, sentinel) and the fallback __getitem__ protocol.
public final class PyCallableIterator: PyObject {
    let callable: Value
    let sentinel: Value
    var done = false
    init(type: PyType, callable: Value, sentinel: Value) {
        self.callable = callable
        self.sentinel = sentinel
        super.init(type: type)
    }
}
