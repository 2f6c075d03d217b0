# The parts made by split() get the original's traceback, cause, context and a copy of its notes.
def make():
    try:
        try:
            raise KeyError("context")
        except KeyError:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("cause")
    except ExceptionGroup as e:
        return e

eg = make()
eg.add_note("first note")
match, rest = eg.split(ValueError)
for part in (match, rest):
    print(repr(part), part.__traceback__ is eg.__traceback__, repr(part.__cause__), repr(part.__context__),
          part.__suppress_context__, part.__notes__, part.__notes__ is eg.__notes__)
match.add_note("only on match")
print(eg.__notes__, match.__notes__, rest.__notes__)
plain = ExceptionGroup("plain", [ValueError(), TypeError()])
m, r = plain.split(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__, hasattr(m, "__notes__"))
odd = ExceptionGroup("odd", [ValueError(), TypeError()])
odd.__notes__ = ("tuple", "notes")
print(odd.split(ValueError)[0].__notes__)
odd.__notes__ = 42
print(hasattr(odd.split(ValueError)[0], "__notes__"))
