# Parts no except* clause matched propagate as a group derived from the original.
def run(group):
    try:
        raise group
    except* ValueError as eg:
        print("handled", repr(eg))

for group in [ExceptionGroup("g", [KeyError("k"), ValueError("v")]),
              ExceptionGroup("g", [OSError("o"), ExceptionGroup("inner", [ValueError(1), TypeError(2)])]),
              ExceptionGroup("g", [RuntimeError("r")])]:
    try:
        run(group)
    except ExceptionGroup as rest:
        print("escaped:", repr(rest), "same object:", rest is group)
        print("  traceback kept:", rest.__traceback__ is not None)
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print("ValueError part handled")
except BaseExceptionGroup as rest:
    print("escaped base group:", type(rest).__name__, repr(rest))
