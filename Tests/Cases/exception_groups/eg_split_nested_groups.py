# Splitting keeps the nesting structure: partially matching inner groups are rebuilt, empty ones vanish.
eg = ExceptionGroup("outer", [
    ValueError("a"),
    ExceptionGroup("inner1", [KeyError("k"), ValueError("b")]),
    ExceptionGroup("inner2", [TypeError("t")]),
    ExceptionGroup("inner3", [ExceptionGroup("deep", [ValueError("c"), OSError("o")])]),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
match, rest = eg.split(TypeError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(OSError)))
inner = eg.exceptions[2]
print("a group whose leaves all match is still rebuilt:", eg.split(TypeError)[0].exceptions[0] is inner)
deep = ExceptionGroup("l0", [ExceptionGroup("l1", [ExceptionGroup("l2", [ValueError("bottom")])])])
print(repr(deep.split(ValueError)[0]) == repr(deep), deep.split(ValueError)[0] is deep)
print(repr(deep.subgroup(KeyError)))
