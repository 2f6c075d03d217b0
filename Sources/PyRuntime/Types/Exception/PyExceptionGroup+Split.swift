// Splitting exception groups (exceptiongroup_split_recursive in CPython): split() and
// subgroup() by type or predicate, and the projection by leaf identity that except* uses
// to rebuild the re-raised part of the original group.

/// What a split keeps: exceptions of these types, those a predicate accepts, or the leaves
/// (non-group exceptions) with these identities.
enum ExceptionGroupMatcher {
    case type(Value)
    case predicate(Value)
    case leaves(Set<ObjectIdentifier>)
}

extension Runtime {
    /// get_matcher_type: a Python function (no other callable), an exception class, or an
    /// exact tuple of exception classes.
    func exceptionGroupMatcher(_ v: Value) throws -> ExceptionGroupMatcher {
        let message = "expected a function, exception type or tuple of exception types"
        if v.object is PyFunction { return .predicate(v) }
        if isExceptionClass(v) { return .type(v) }
        if case .object(let o) = v, let t = o as? PyTuple, o.type === types.tuple {
            guard t.items.allSatisfy({ isExceptionClass($0) }) else { throw error(types.typeError, message) }
            return .type(v)
        }
        throw error(types.typeError, message)
    }

    /// PyExceptionClass_Check: a class deriving from BaseException.
    func isExceptionClass(_ v: Value) -> Bool {
        guard case .object(let o) = v, let t = o as? PyType else { return false }
        return t.isSubtype(of: types.baseException)
    }

    /// PyErr_GivenExceptionMatches: subclass tests only (no __subclasscheck__), tuples nest.
    func givenExceptionMatches(_ e: PyBaseException, _ matchType: Value) -> Bool {
        guard case .object(let o) = matchType else { return false }
        if let t = o as? PyType { return e.type.isSubtype(of: t) }
        if let tuple = o as? PyTuple { return tuple.items.contains { givenExceptionMatches(e, $0) } }
        return o === e
    }

    /// Whether `e` itself (group or leaf) is kept whole by `matcher`.
    func exceptionGroupMatches(_ e: PyBaseException, _ matcher: ExceptionGroupMatcher) throws -> Bool {
        switch matcher {
        case .type(let t): return givenExceptionMatches(e, t)
        case .predicate(let f): return try isTrue(try call(f, [.object(e)]))
        case .leaves(let ids): return !isExceptionGroup(e) && ids.contains(ObjectIdentifier(e))
        }
    }

    /// The matching and (when `constructRest`) the non-matching parts of `e`; nil for an
    /// empty part. Partial groups are rebuilt with `derive` and given e's metadata.
    func splitExceptionGroup(_ e: PyBaseException, _ matcher: ExceptionGroupMatcher,
                             constructRest: Bool) throws -> (match: PyBaseException?, rest: PyBaseException?) {
        if try exceptionGroupMatches(e, matcher) { return (e, nil) }
        guard isExceptionGroup(e), let fields = e.group else { return (nil, constructRest ? e : nil) }
        var matched: [Value] = [], rest: [Value] = []
        for member in fields.exceptions.items {
            guard let inner = member.object as? PyBaseException else { continue }
            let parts = try withRecursionGuard(" in exceptiongroup_split_recursive") {
                try splitExceptionGroup(inner, matcher, constructRest: constructRest)
            }
            if let m = parts.match { matched.append(.object(m)) }
            if let r = parts.rest { rest.append(.object(r)) }
        }
        let matchPart = try exceptionGroupSubset(e, matched)
        let restPart = constructRest ? try exceptionGroupSubset(e, rest) : nil
        return (matchPart, restPart)
    }

    /// exceptiongroup_subset: `orig.derive(excs)` carrying orig's traceback, cause, context
    /// and a copy of its notes; nil when `excs` is empty.
    func exceptionGroupSubset(_ orig: PyBaseException, _ members: [Value]) throws -> PyBaseException? {
        guard !members.isEmpty else { return nil }
        let derive = try getAttribute(.object(orig), staticName("derive"))
        guard let derived = try call(derive, [list(members)]).object as? PyBaseException, isExceptionGroup(derived) else {
            throw error(types.typeError, "derive must return an instance of BaseExceptionGroup")
        }
        derived.traceback = orig.traceback
        derived.context = orig.context
        // PyException_SetCause also sets __suppress_context__.
        derived.cause = orig.cause
        derived.suppressContext = true
        if let notes = try lookupOptionalAttribute(.object(orig), staticName("__notes__")), try sequenceCheck(notes) {
            try setAttribute(.object(derived), staticName("__notes__"), list(try toArray(notes)))
        }
        return derived
    }

    /// collect_exception_group_leaf_ids: the identities of the non-group exceptions in `e`.
    func collectLeafIdentities(_ e: PyBaseException, into ids: inout Set<ObjectIdentifier>) throws {
        guard isExceptionGroup(e), let fields = e.group else {
            ids.insert(ObjectIdentifier(e))
            return
        }
        for member in fields.exceptions.items {
            guard let inner = member.object as? PyBaseException else { continue }
            try withRecursionGuard(" in collect_exception_group_leaf_ids") { try collectLeafIdentities(inner, into: &ids) }
        }
    }

    /// `getattr(v, name)` with AttributeError meaning "absent".
    func lookupOptionalAttribute(_ v: Value, _ name: PyStrObject) throws -> Value? {
        do {
            return try getAttribute(v, name)
        } catch let e as PyException where e.exception.type.isSubtype(of: types.attributeError) {
            return nil
        }
    }
}
