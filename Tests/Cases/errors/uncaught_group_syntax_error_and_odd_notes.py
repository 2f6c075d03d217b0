# Inside group boxes a SyntaxError's source and carets have no margin; empty, non-str and failing notes.
try:
    compile("x = (", "<src>", "exec")
except SyntaxError as e:
    se = e
n = ValueError("notes")
n.add_note("")
n.add_note("ends with newline\n")
n.__notes__.append(42)
class BadStr:
    def __str__(self):
        raise ValueError
n.__notes__.append(BadStr())
wrapper = RuntimeError("wrapper")
g = ExceptionGroup("mixed", [se, n])
try:
    raise g
except ExceptionGroup as caught:
    try:
        raise wrapper from caught
    except RuntimeError as w:
        final = ExceptionGroup("final", [w])
raise final
