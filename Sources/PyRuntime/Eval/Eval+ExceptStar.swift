// except* (PEP 654): CHECK_EG_MATCH splits the exception being handled by one clause's
// types, PREP_RERAISE_STAR combines what the clauses raised and did not handle.

extension Runtime {
    /// CHECK_EG_MATCH: the (rest, match) pair for `exc` and one except* clause's types;
    /// match is None when nothing matched (rest is then `exc` itself). A bare exception that
    /// matches is wrapped in an ExceptionGroup("", (exc,)).
    func exceptStarMatch(_ exc: Value, _ matchType: Value) throws -> (rest: Value, match: Value) {
        try checkExceptStarType(matchType)
        guard let e = exc.object as? PyBaseException else { return (exc, .none) }
        if givenExceptionMatches(e, matchType) {
            if isExceptionGroup(e) { return (.none, exc) }
            return (.none, .object(try makeExceptionGroup("", tuple([exc]))))
        }
        guard isExceptionGroup(e) else { return (exc, .none) }
        let split = try call(try getAttribute(exc, staticName("split")), [matchType])
        // (CPython 3.11 crashes on these; 3.12 raises these TypeErrors.)
        guard let pair = split.object as? PyTuple, pair.type === types.tuple else {
            throw error(types.typeError, "\(typeName(exc)).split must return a tuple, not \(typeName(split))")
        }
        guard pair.items.count == 2 else {
            throw error(types.typeError, "\(typeName(exc)).split must return a 2-tuple, got tuple of size \(pair.items.count)")
        }
        if pair.items[0].isNone { return (exc, .none) }
        return (pair.items[1], pair.items[0])
    }

    /// check_except_star_type_valid: exception classes (or a flat tuple of them), and no
    /// exception group types.
    private func checkExceptStarType(_ matchType: Value) throws {
        let candidates = (matchType.object as? PyTuple)?.items ?? [matchType]
        for candidate in candidates where !isExceptionClass(candidate) {
            throw error(types.typeError, "catching classes that do not inherit from BaseException is not allowed")
        }
        guard let groupTypes = exceptionGroupTypes else { return }
        for candidate in candidates {
            if case .object(let o) = candidate, let t = o as? PyType, t.isSubtype(of: groupTypes.base) {
                throw error(types.typeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
            }
        }
    }

    /// PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): from the original exception and the list
    /// of what each clause raised (and the final unhandled rest), the exception to raise,
    /// or None. Re-raised parts (same traceback, cause, context and notes as the original)
    /// are merged back into one projection of the original group; newly raised ones are
    /// grouped with it in an ExceptionGroup("", [...]).
    func prepReraiseStar(_ original: Value, _ raisedList: Value) throws -> Value {
        guard let excs = raisedList.object as? PyList else {
            throw error(types.systemError, "PREP_RERAISE_STAR without a list")
        }
        if excs.items.isEmpty { return .none }
        guard let orig = original.object as? PyBaseException, isExceptionGroup(orig) else {
            // A naked exception was wrapped: at most one clause ran.
            return excs.items[0]
        }
        var raised: [Value] = [], reraised: [Value] = []
        for item in excs.items where !item.isNone {
            guard let e = item.object as? PyBaseException else { continue }
            if hasSameExceptionMetadata(e, orig) { reraised.append(item) } else { raised.append(item) }
        }
        var keep = Set<ObjectIdentifier>()
        for item in reraised {
            if let e = item.object as? PyBaseException { try collectLeafIdentities(e, into: &keep) }
        }
        let projection = try splitExceptionGroup(orig, .leaves(keep), constructRest: false).match
        if raised.isEmpty { return projection.map { .object($0) } ?? .none }
        if let projection { raised.append(.object(projection)) }
        if raised.count > 1 { return .object(try makeExceptionGroup("", list(raised))) }
        return raised[0]
    }

    /// is_same_exception_metadata: the same notes, traceback, cause and context objects.
    private func hasSameExceptionMetadata(_ a: PyBaseException, _ b: PyBaseException) -> Bool {
        a.notes.isIdentical(to: b.notes) && a.traceback === b.traceback
            && a.cause.isIdentical(to: b.cause) && a.context.isIdentical(to: b.context)
    }
}
