# except* runs each clause with the matching part of the group; every matching clause runs once.
def run(group):
    try:
        raise group
    except* ValueError as eg:
        print("  ValueError clause:", repr(eg))
    except* TypeError as eg:
        print("  TypeError clause:", repr(eg))
    except* (KeyError, IndexError) as eg:
        print("  Lookup clause:", repr(eg))
    print("  after try")

for group in [
    ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)]),
    ExceptionGroup("g", [KeyError("k"), IndexError(0)]),
    ExceptionGroup("g", [TypeError("only")]),
    ExceptionGroup("g", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])]),
]:
    print(repr(group))
    run(group)
