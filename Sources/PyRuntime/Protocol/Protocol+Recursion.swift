// The recursion guard for native re-entry (Py_EnterRecursiveCall in CPython 3.11). One
// counter, `depth`, is shared by Python frames and by native operations that can recurse
// (comparing or printing nested containers, calling back into Python), and counts against
// `sys.getrecursionlimit()`, so the level at which RecursionError is raised, and which
// operation's message it carries, follow CPython's accounting:
// - each Python frame is one level ("maximum recursion depth exceeded");
// - PyObject_Repr / PyObject_Str / PyObject_RichCompare on containers are one level each
//   (" while getting the repr of an object", " while getting the str of an object",
//   " in comparison");
// - calling a builtin that CPython implements with the METH_O / METH_NOARGS convention
//   (`repr`, `len`, `sys.setrecursionlimit`, ...) is one level
//   (" while calling a Python object", from cfunction_vectorcall_O).
// Every level also checks the remaining native stack, so deep native recursion raises
// RecursionError instead of overflowing the stack.

extension Runtime {
    /// Enters one level; throws RecursionError with CPython's message for `suffix`.
    @inline(__always)
    func enterRecursiveCall(_ suffix: StaticString) throws {
        depth += 1
        if depth > recursionLimit || nativeStackExhausted() {
            depth -= 1
            throw recursionError(suffix)
        }
    }

    @inline(__always)
    func leaveRecursiveCall() {
        depth -= 1
    }

    /// `body` run one level deeper.
    @inline(__always)
    func withRecursionGuard<T>(_ suffix: StaticString, _ body: () throws -> T) throws -> T {
        try enterRecursiveCall(suffix)
        defer { leaveRecursiveCall() }
        return try body()
    }

    @inline(never)
    func recursionError(_ suffix: StaticString) -> PyException {
        error(types.recursionError, "maximum recursion depth exceeded\(suffix)")
    }

    /// sys.setrecursionlimit: CPython refuses a limit at or below the current depth.
    func setRecursionLimit(_ value: Value) throws {
        let n = try index(value)
        if n < 1 { throw error(types.valueError, "recursion limit must be greater or equal than 1") }
        if depth >= n {
            throw error(types.recursionError,
                        "cannot set the recursion limit to \(n) at the recursion depth \(depth): the limit is too low")
        }
        recursionLimit = n
    }
}
