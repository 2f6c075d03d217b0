# ExceptionGroup: construction, attributes, subgroup, split and derive.
eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t"), ValueError("v2")])
print(type(eg).__name__, str(eg), repr(eg), eg.message, [repr(e) for e in eg.exceptions])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("k"), ValueError("b")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
for args in [("msg", []), ("msg", [1]), (1, [ValueError()]), ("msg", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
print(repr(eg.derive([KeyError()])), eg.split(lambda e: "1" in str(e))[0].exceptions)
