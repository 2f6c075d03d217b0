// The report of an uncaught exception, as CPython 3.11's PyErr_Display writes it: the chain
// (causes and contexts first), and exception groups drawn as nested boxes with `| ` margins
// and `+---------------- N ----------------` separators, cut at 15 members and 10 levels.

/// pythonrun.c's exception_print_context: what is already printed and how deep in groups.
struct ExceptionPrintContext {
    var seen: Set<ObjectIdentifier> = []
    var groupDepth = 0
    var needClose = false
    static let maxGroupWidth = 15
    static let maxGroupDepth = 10

    /// EXC_INDENT spaces then EXC_MARGIN: what starts every line inside a group.
    var indentedMargin: String { indent + (groupDepth > 0 ? "| " : "") }
    var indent: String { String(repeating: " ", count: 2 * groupDepth) }
}

extension Runtime {
    /// The text printed for an uncaught exception (the chain first, then this exception).
    public func formatException(_ exc: PyBaseException) -> String {
        var context = ExceptionPrintContext()
        var out = ""
        formatExceptionRecursive(exc, &context, &out)
        return out
    }

    /// print_exception_recursive.
    private func formatExceptionRecursive(_ exc: PyBaseException, _ ctx: inout ExceptionPrintContext, _ out: inout String) {
        formatCauseAndContext(exc, &ctx, &out)
        if isExceptionGroup(exc) { formatExceptionGroup(exc, &ctx, &out) } else { formatOneException(exc, &ctx, &out) }
    }

    /// print_exception_cause_and_context: the cause, or else the unsuppressed context,
    /// unless already printed.
    private func formatCauseAndContext(_ exc: PyBaseException, _ ctx: inout ExceptionPrintContext, _ out: inout String) {
        ctx.seen.insert(ObjectIdentifier(exc))
        if case .object(let c) = exc.cause, let cause = c as? PyBaseException {
            if !ctx.seen.contains(ObjectIdentifier(cause)) {
                formatChained(cause, "\nThe above exception was the direct cause of the following exception:\n", &ctx, &out)
            }
            return
        }
        if exc.suppressContext { return }
        if case .object(let c) = exc.context, let context = c as? PyBaseException, !ctx.seen.contains(ObjectIdentifier(context)) {
            formatChained(context, "\nDuring handling of the above exception, another exception occurred:\n", &ctx, &out)
        }
    }

    /// print_chained: the earlier exception, then the joining message with margins.
    private func formatChained(_ exc: PyBaseException, _ message: String, _ ctx: inout ExceptionPrintContext, _ out: inout String) {
        let needClose = ctx.needClose
        formatExceptionRecursive(exc, &ctx, &out)
        ctx.needClose = needClose
        out += indentLines(message + "\n", ctx.indentedMargin)
    }

    /// print_exception_group: the group itself, then each member in its box.
    private func formatExceptionGroup(_ group: PyBaseException, _ ctx: inout ExceptionPrintContext, _ out: inout String) {
        if ctx.groupDepth > ExceptionPrintContext.maxGroupDepth {
            out += ctx.indentedMargin + "... (max_group_depth is \(ExceptionPrintContext.maxGroupDepth))\n"
            return
        }
        if ctx.groupDepth == 0 { ctx.groupDepth += 1 }
        formatOneException(group, &ctx, &out)
        let members = group.group?.exceptions.items ?? []
        let width = ExceptionPrintContext.maxGroupWidth
        let shown = members.count <= width ? members.count : width + 1
        ctx.needClose = false
        for i in 0..<shown {
            let isLast = i == shown - 1
            // The closing line may be written by a nested group instead.
            if isLast { ctx.needClose = true }
            let truncated = i >= width
            out += ctx.indent + (i == 0 ? "+-" : "  ") + "+---------------- \(truncated ? "..." : String(i + 1)) ----------------\n"
            ctx.groupDepth += 1
            if !truncated {
                if let member = members[i].object as? PyBaseException { formatExceptionRecursive(member, &ctx, &out) }
            } else {
                let remaining = members.count - width
                out += ctx.indentedMargin + "and \(remaining) more exception\(remaining > 1 ? "s" : "")\n"
            }
            if isLast && ctx.needClose {
                out += ctx.indent + "+------------------------------------\n"
                ctx.needClose = false
            }
            ctx.groupDepth -= 1
        }
        if ctx.groupDepth == 1 { ctx.groupDepth -= 1 }
    }

    /// print_exception: traceback, the `Type: message` line (or a SyntaxError's display),
    /// then the notes, every line behind the current margin.
    private func formatOneException(_ exc: PyBaseException, _ ctx: inout ExceptionPrintContext, _ out: inout String) {
        let margin = ctx.indentedMargin
        if exc.traceback != nil {
            let isGroup = isExceptionGroup(exc)
            let headerMargin = isGroup && ctx.groupDepth == 1 ? ctx.indent + "+ " : margin
            out += headerMargin + (isGroup ? "Exception Group Traceback (most recent call last):\n"
                                           : "Traceback (most recent call last):\n")
            out += formatTraceback(exc.traceback, margin: margin)
        }
        let name = exc.type.moduleName == "builtins" || exc.type.moduleName == "__main__"
            ? exc.type.qualname : "\(exc.type.moduleName).\(exc.type.qualname)"
        if let fields = syntaxErrorFields(exc) {
            // print_exception_file_and_line puts the margin before the `File` line only; the
            // source text and carets (print_error_text) have none; the message line has it.
            let lines = splitLinesKeepingEnds(formatSyntaxError(fields, typeName: name))
            for (i, line) in lines.enumerated() {
                let marked = i == lines.count - 1 || (i == 0 && line.hasPrefix("  File "))
                out += (marked ? margin : "") + line
            }
        } else {
            let message = (try? toStr(.object(exc))) ?? "<exception str() failed>"
            let suggestion = suggestionSuffix(exc)
            out += margin + (message.isEmpty && suggestion.isEmpty ? "\(name)\n" : "\(name): \(message)\(suggestion)\n")
        }
        formatNotes(exc, margin, &out)
    }

    /// print_exception_notes: each note's lines behind the margin, then a newline; a
    /// `__notes__` that is not a sequence is shown by its repr.
    private func formatNotes(_ exc: PyBaseException, _ margin: String, _ out: inout String) {
        guard let notes = try? lookupOptionalAttribute(.object(exc), staticName("__notes__")) else { return }
        guard (try? sequenceCheck(notes)) == true, let items = try? toArray(notes) else {
            out += margin + ((try? repr(notes)) ?? "<__notes__ repr() failed>") + "\n"
            return
        }
        for note in items {
            if let text = try? toStr(note) {
                for line in splitLinesKeepingEnds(text) { out += margin + line }
            } else {
                out += "<note str() failed>"
            }
            out += "\n"
        }
    }

    /// `text` with `margin` before every line (textwrap.indent with an always-true predicate).
    private func indentLines(_ text: String, _ margin: String) -> String {
        if margin.isEmpty { return text }
        return splitLinesKeepingEnds(text).map { margin + $0 }.joined()
    }

    /// str.splitlines(keepends=True) for the line breaks str recognises.
    private func splitLinesKeepingEnds(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            current.append(scalar)
            switch scalar.value {
            case 0x0D:
                if let following = pending, following.value == 0x0A {
                    current.append(following)
                    pending = scalars.next()
                }
                fallthrough
            case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                lines.append(String(current))
                current = String.UnicodeScalarView()
            default:
                break
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
