# except* matches parts of exception groups; unhandled parts propagate.
def run(group):
    try:
        raise group
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
    except* TypeError as eg:
        print("TypeError part:", repr(eg))
run(ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)]))
try:
    run(ExceptionGroup("g", [KeyError("k"), ValueError("v")]))
except ExceptionGroup as rest:
    print("escaped:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", repr(eg))
try:
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError:
        raise RuntimeError("raised in except* handler")
except BaseException as e:
    print(repr(e), repr(e.__context__))
