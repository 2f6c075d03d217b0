# A bare `raise` in an except* clause re-raises its part, merged back into the original group's shape.
def run(mode):
    try:
        raise ExceptionGroup("orig", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError:
        if mode in ("value", "both"):
            raise
    except* TypeError:
        if mode in ("type", "both"):
            raise

for mode in ["none", "value", "type", "both"]:
    try:
        run(mode)
        print(mode, "-> nothing escaped")
    except ExceptionGroup as e:
        print(mode, "->", repr(e))

def mixed():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise IndexError("new")

try:
    mixed()
except ExceptionGroup as e:
    print("mixed ->", repr(e))
