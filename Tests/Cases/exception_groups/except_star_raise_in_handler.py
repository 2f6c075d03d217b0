# Exceptions raised inside except* clauses are collected with the unhandled rest into a new ExceptionGroup('').
def run(raise_in):
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        if "v" in raise_in:
            raise RuntimeError("from ValueError clause")
    except* TypeError:
        if "t" in raise_in:
            raise OSError("from TypeError clause")

for mode in ["", "v", "t", "vt"]:
    try:
        run(mode)
    except BaseException as e:
        print(repr(mode), type(e).__name__, repr(e))
        for sub in e.exceptions:
            ctx = sub.__context__
            print("   ", repr(sub), "context:", repr(ctx))
