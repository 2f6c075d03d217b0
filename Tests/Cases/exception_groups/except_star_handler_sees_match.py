# Inside an except* clause the handled exception is the matched part: bare raise, chaining and `as` all see it.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        print("eg is the matched part:", repr(eg))
        raise KeyError("inside")
except ExceptionGroup as outer:
    key_error = outer.exceptions[0]
    print(repr(key_error), "context:", repr(key_error.__context__))

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as eg:
    pass
try:
    eg
except NameError as e:
    print("the as-name is deleted after the clause:", type(e).__name__, e)

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError("o")])
    except* ValueError as outer:
        try:
            raise ExceptionGroup("inner", [TypeError("i")])
        except* TypeError as inner:
            print("inner clause sees", repr(inner), "outer still", repr(outer))
        print("back in the outer clause")
nested()
