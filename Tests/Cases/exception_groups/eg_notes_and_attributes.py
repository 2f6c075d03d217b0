# Groups support add_note, with_traceback, __cause__/__context__ like any exception.
g = ExceptionGroup("g", [ValueError("v")])
g.add_note("note one")
g.add_note("note two")
print(g.__notes__)
try:
    g.add_note(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise g from KeyError("why")
except ExceptionGroup as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__traceback__.tb_lineno)
    print(e.with_traceback(None) is e, e.__traceback__)
inner = g.exceptions[0]
print(repr(inner), inner.__traceback__)
