# split() and subgroup() accept only a callable, an exception type or a tuple of exception types.
eg = ExceptionGroup("g", [ValueError()])
class NotAnException:
    pass
class TupleSubclass(tuple):
    pass
for matcher in [1, "ValueError", int, NotAnException, (ValueError, int), (ValueError, (TypeError,)),
                TupleSubclass((ValueError,)), [ValueError], None]:
    for method in ("split", "subgroup"):
        try:
            getattr(eg, method)(matcher)
            print(method, repr(matcher), "accepted")
        except TypeError as e:
            print(method, type(matcher).__name__, type(e).__name__, e)
for call in [lambda: eg.split(), lambda: eg.split(ValueError, TypeError), lambda: eg.subgroup(),
             lambda: eg.split(matcher=ValueError)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
