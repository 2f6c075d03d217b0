# str() counts sub-exceptions; repr() and args show the arguments as passed (list or tuple).
groups = [
    ExceptionGroup("one", [ValueError(1)]),
    ExceptionGroup("two", (ValueError(1), TypeError("t"))),
    ExceptionGroup("", [KeyError("k")] * 3),
    BaseExceptionGroup("base", [KeyboardInterrupt()]),
    ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError()])]),
]
for g in groups:
    print(repr(str(g)))
    print(repr(g))
    print(g.args, type(g.args[1]).__name__, type(g.exceptions).__name__, len(g.exceptions))
excs = [ValueError("a")]
g = ExceptionGroup("alias", excs)
excs.append(TypeError("b"))
print("args keeps the list object:", g.args[1] is excs, "exceptions is a snapshot:", g.exceptions)
print(g.message, g.message is g.args[0])
g.args = ("changed",)
print("after args assignment:", repr(g), str(g), g.message)
print(ExceptionGroup("x", [ValueError()]).__str__())
print(BaseExceptionGroup.__str__(ExceptionGroup("y", [ValueError(), ValueError()])))
