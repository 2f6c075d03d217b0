// PEP 657 caret anchors for tracebacks: when the failing expression is a binary operation
// or a subscript, CPython 3.11 marks the operator (or the brackets) with `^` and the rest
// with `~`. CPython parses the segment; this reads its top level with a small tokenizer.

struct CaretAnchors {
    let leftEnd: Int
    let rightStart: Int
}

enum CaretAnchorFinder {
    private struct Token {
        enum Kind { case operand, open, close, binaryOperator, other }
        let kind: Kind
        let text: String
        let start: Int
        let end: Int
    }

    /// Anchors for a one-line segment, or nil when it is neither a BinOp nor a Subscript.
    static func anchors(_ segment: [Unicode.Scalar]) -> CaretAnchors? {
        guard let tokens = tokenize(segment), !tokens.isEmpty else { return nil }
        // Depth of each token and the top-level structure.
        var depth = 0
        var topLevel: [Int] = []
        var matching: [Int: Int] = [:]
        var stack: [Int] = []
        for (i, t) in tokens.enumerated() {
            switch t.kind {
            case .open:
                if depth == 0 { topLevel.append(i) }
                stack.append(i)
                depth += 1
            case .close:
                depth -= 1
                guard depth >= 0, let open = stack.popLast() else { return nil }
                matching[open] = i
                matching[i] = open
                if depth == 0 { topLevel.append(i) }
            default:
                if depth == 0 { topLevel.append(i) }
            }
        }
        guard depth == 0 else { return nil }
        // Anything but operands, brackets and arithmetic at the top means another node type.
        for i in topLevel where tokens[i].kind == .other { return nil }
        // Binary operators at top level (an operator after an operand or a closing bracket).
        var binaries: [Int] = []
        for i in topLevel where tokens[i].kind == .binaryOperator {
            if i > 0, tokens[i - 1].kind == .operand || tokens[i - 1].kind == .close { binaries.append(i) }
        }
        if !binaries.isEmpty {
            func precedence(_ op: String) -> Int {
                switch op {
                case "|": return 1
                case "^": return 2
                case "&": return 3
                case "<<", ">>": return 4
                case "+", "-": return 5
                case "*", "@", "/", "//", "%": return 6
                default: return 8  // **
                }
            }
            let lowest = binaries.map { precedence(tokens[$0].text) }.min()!
            // A leading unary operator binds looser than **: -a ** b is a UnaryOp.
            if lowest == 8, tokens[0].kind == .binaryOperator { return nil }
            let candidates = binaries.filter { precedence(tokens[$0].text) == lowest }
            let op = lowest == 8 ? candidates.first! : candidates.last!
            let leftEnd = expressionEnd(tokens, 0, op - 1, matching)
            let rightStart = expressionStart(tokens, op + 1, tokens.count - 1, matching)
            // traceback._extract_caret_anchors_from_line_segment, step by step.
            let operatorText = Array(segment[leftEnd..<rightStart])
            let offset = operatorText.prefix { $0.properties.isWhitespace }.count
            var left = leftEnd + offset
            var right = left + 1
            if offset + 1 < operatorText.count && !operatorText[offset + 1].properties.isWhitespace { right += 1 }
            while left < segment.count && (segment[left].properties.isWhitespace || segment[left] == ")" || segment[left] == "#") {
                left += 1
                right += 1
            }
            return CaretAnchors(leftEnd: left, rightStart: right)
        }
        // Subscript: the top level ends with a [...] group following an operand.
        guard let last = topLevel.last, tokens[last].text == "]", let open = matching[last], open > 0,
              tokens[open - 1].kind == .operand || tokens[open - 1].kind == .close else { return nil }
        return CaretAnchors(leftEnd: tokens[open].start, rightStart: tokens[last].end)
    }

    /// End offset of the expression tokens[from...to], excluding wrapping parentheses
    /// (which the AST does not count) unless they make a tuple.
    private static func expressionEnd(_ tokens: [Token], _ from: Int, _ to: Int, _ matching: [Int: Int]) -> Int {
        var (a, b) = (from, to)
        while tokens[a].text == "(", matching[a] == b, b - a > 1, !hasTopLevelComma(tokens, a + 1, b - 1) {
            a += 1
            b -= 1
        }
        return tokens[b].end
    }

    private static func expressionStart(_ tokens: [Token], _ from: Int, _ to: Int, _ matching: [Int: Int]) -> Int {
        var (a, b) = (from, to)
        while tokens[a].text == "(", matching[a] == b, b - a > 1, !hasTopLevelComma(tokens, a + 1, b - 1) {
            a += 1
            b -= 1
        }
        return tokens[a].start
    }

    private static func hasTopLevelComma(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        var depth = 0
        for i in from...to {
            switch tokens[i].kind {
            case .open: depth += 1
            case .close: depth -= 1
            default: if depth == 0 && tokens[i].text == "," { return true }
            }
        }
        return false
    }

    /// Keywords that make the segment something other than a BinOp or Subscript expression;
    /// statement keywords among them (`raise x from y[0]`: CPython only anchors expression
    /// statements).
    private static let keywordsOther: Set<String> = ["and", "or", "not", "if", "else", "lambda", "in", "is", "await", "for", "async",
                                                     "raise", "from", "return", "del", "assert", "yield", "import",
                                                     "global", "nonlocal", "pass", "break", "continue"]

    private static func tokenize(_ s: [Unicode.Scalar]) -> [Token]? {
        var tokens: [Token] = []
        var i = 0
        func isNameChar(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c) || c.value > 0x7F }
        while i < s.count {
            let c = s[i]
            if c.properties.isWhitespace || c == "\\" { i += 1; continue }
            if c == "#" { break }
            let start = i
            if c == "'" || c == "\"" {
                let quote = c
                let triple = i + 2 < s.count && s[i + 1] == quote && s[i + 2] == quote
                i += triple ? 3 : 1
                while i < s.count {
                    if s[i] == "\\" { i += 2; continue }
                    if triple {
                        if i + 2 < s.count && s[i] == quote && s[i + 1] == quote && s[i + 2] == quote { i += 3; break }
                    } else if s[i] == quote { i += 1; break }
                    i += 1
                }
                // A string right after a name prefix (f'', b'') continues that operand.
                if let previous = tokens.last, previous.kind == .operand, previous.end == start, previous.text.count <= 3,
                   previous.text.allSatisfy({ "rbfuRBFU".contains($0) }) {
                    tokens[tokens.count - 1] = Token(kind: .operand, text: previous.text, start: previous.start, end: i)
                } else {
                    tokens.append(Token(kind: .operand, text: "str", start: start, end: i))
                }
                continue
            }
            if isNameChar(c) {
                while i < s.count && (isNameChar(s[i]) || (s[i] == "." && ("0"..."9").contains(c))) { i += 1 }
                // Exponents in numbers: 1e-5.
                if ("0"..."9").contains(c), i < s.count, s[i] == "-" || s[i] == "+", let p = s[start..<i].last, p == "e" || p == "E" {
                    i += 1
                    while i < s.count && isNameChar(s[i]) { i += 1 }
                }
                var text = ""
                text.unicodeScalars.append(contentsOf: s[start..<i])
                tokens.append(Token(kind: keywordsOther.contains(text) ? .other : .operand, text: text, start: start, end: i))
                continue
            }
            if "([{".unicodeScalars.contains(c) { tokens.append(Token(kind: .open, text: String(c), start: i, end: i + 1)); i += 1; continue }
            if ")]}".unicodeScalars.contains(c) { tokens.append(Token(kind: .close, text: String(c), start: i, end: i + 1)); i += 1; continue }
            if c == "." {
                i += 1
                tokens.append(Token(kind: .operand, text: ".", start: start, end: i))
                continue
            }
            // Operators, longest first.
            let rest = String(String.UnicodeScalarView(s[i..<min(i + 3, s.count)]))
            let operators = ["**=", "//=", ">>=", "<<=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", ":=", "->",
                             "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "=", ",", ":", ";"]
            guard let op = operators.first(where: { rest.hasPrefix($0) }) else { return nil }
            i += op.unicodeScalars.count
            let arithmetic: Set<String> = ["**", "//", "<<", ">>", "+", "-", "*", "/", "%", "@", "&", "|", "^"]
            if arithmetic.contains(op) {
                tokens.append(Token(kind: .binaryOperator, text: op, start: start, end: i))
            } else if op == "~" {
                tokens.append(Token(kind: .binaryOperator, text: "~u", start: start, end: i))
            } else if op == "," {
                tokens.append(Token(kind: .other, text: op, start: start, end: i))
            } else {
                tokens.append(Token(kind: .other, text: op, start: start, end: i))
            }
        }
        // Attribute access glues `.name` onto the operand before it.
        var merged: [Token] = []
        for t in tokens {
            if let last = merged.last, last.text == ".", last.kind == .operand, merged.count >= 2 {
                merged.removeLast()
                let owner = merged.removeLast()
                merged.append(Token(kind: .operand, text: owner.text + "." + t.text, start: owner.start, end: t.end))
                continue
            }
            merged.append(t)
        }
        return merged
    }
}
