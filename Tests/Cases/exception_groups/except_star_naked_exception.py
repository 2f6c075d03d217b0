# A plain exception caught by except* is wrapped in an ExceptionGroup('', (exc,)); unmatched ones pass through.
try:
    raise ValueError("naked")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg), eg.args, repr(eg.exceptions[0]))
    print("wrapper has no traceback:", eg.__traceback__, "the leaf has one:", eg.exceptions[0].__traceback__ is not None)

try:
    try:
        raise KeyError("not matched")
    except* ValueError:
        print("unreachable")
except KeyError as e:
    print("plain exception passed through unchanged:", repr(e))

try:
    raise KeyboardInterrupt()
except* KeyboardInterrupt as eg:
    print("base exception wrapped in", type(eg).__name__, repr(eg))

try:
    try:
        raise ValueError("reraised")
    except* ValueError:
        raise
except ValueError as e:
    print("bare raise of a naked exception gives back", repr(e))
except ExceptionGroup as e:
    print("group", repr(e))
