// "Did you mean" suggestions for AttributeError and NameError, with CPython 3.11's
// Levenshtein variant (Python/suggestions.c: moves cost 2, case changes 1, at most a
// third of the characters changed, 750 candidates, names up to 40 characters).

enum Suggestions {
    static let moveCost = 2
    static let caseCost = 1
    static let maxCandidates = 750
    static let maxStringSize = 40

    static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
        if a == b { return 0 }
        func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
        return lower(a) == lower(b) ? caseCost : moveCost
    }

    static func distance(_ a0: [UInt8], _ b0: [UInt8], maxCost: Int) -> Int {
        var a = a0[...], b = b0[...]
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        let aa = Array(a), bb = Array(b)
        var buffer = (0..<aa.count).map { ($0 + 1) * moveCost }
        var result = 0
        for bIndex in 0..<bb.count {
            let code = bb[bIndex]
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<aa.count {
                let substitute = distance + substitutionCost(code, aa[index])
                distance = buffer[index]
                let insertDelete = min(result, distance) + moveCost
                result = min(insertDelete, substitute)
                buffer[index] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }

    /// The closest candidate, or nil.
    static func suggest(_ name: String, among candidates: [String]) -> String? {
        if candidates.count >= maxCandidates { return nil }
        let nameBytes = Array(name.utf8)
        var best: String? = nil
        var bestDistance = Int.max
        for item in candidates where item != name {
            let itemBytes = Array(item.utf8)
            var maxDistance = (nameBytes.count + itemBytes.count + 3) * moveCost / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let d = distance(nameBytes, itemBytes, maxCost: maxDistance)
            if d > maxDistance { continue }
            if best == nil || d < bestDistance {
                best = item
                bestDistance = d
            }
        }
        return best
    }
}

extension Runtime {
    /// The ". Did you mean: 'x'?" suffix CPython's traceback adds, or "".
    func suggestionSuffix(_ exc: PyBaseException) -> String {
        guard let name = strValue(exc.attributeName) else { return "" }
        if exc.type.isSubtype(of: types.attributeError), !exc.attributeObject.isNone || exc.attributeObject.isNull == false {
            guard let names = try? directory(exc.attributeObject),
                  let s = Suggestions.suggest(name, among: names) else { return "" }
            return ". Did you mean: '\(s)'?"
        }
        if exc.type.isSubtype(of: types.nameError), let groups = exc.nameCandidates {
            for group in groups {
                if let s = Suggestions.suggest(name, among: group) { return ". Did you mean: '\(s)'?" }
            }
        }
        return ""
    }
}
