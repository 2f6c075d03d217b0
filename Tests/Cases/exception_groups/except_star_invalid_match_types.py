# except* rejects exception group types and non-exception classes when the clause is reached.
def attempt(make_type, label):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* make_type():
            print(label, "caught?")
    except TypeError as e:
        print(label, type(e).__name__, e)
        print("   context:", repr(e.__context__))
    except ExceptionGroup as e:
        print(label, "escaped", repr(e))

attempt(lambda: ExceptionGroup, "ExceptionGroup")
attempt(lambda: BaseExceptionGroup, "BaseExceptionGroup")
attempt(lambda: (ValueError, ExceptionGroup), "tuple with group")
attempt(lambda: int, "int")
attempt(lambda: (ValueError, int), "tuple with int")
attempt(lambda: "ValueError", "string")
attempt(lambda: (ValueError, (TypeError,)), "nested tuple")
class MyGroup(ExceptionGroup):
    pass
attempt(lambda: MyGroup, "group subclass")
attempt(lambda: (KeyError,), "tuple of one non-matching")
