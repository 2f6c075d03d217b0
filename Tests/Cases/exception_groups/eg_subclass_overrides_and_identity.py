# Subclass __str__ and __init__ overrides, shared leaves, and which class the split parts get.
class Named(ExceptionGroup):
    def __str__(self):
        return "custom: " + self.message
g = Named("m", [ValueError(1)])
print(str(g), repr(g))
m, r = g.split(ValueError)
print(type(m).__name__, str(m))
print(g.exceptions is g.exceptions)
print(ExceptionGroup("m", [ValueError()]) == ExceptionGroup("m", [ValueError()]))
e1 = ValueError(1)
a = ExceptionGroup("a", [e1])
b = ExceptionGroup("b", [e1, a])
print(repr(b.split(ValueError)))
print(b.split(ValueError)[0].exceptions[1].exceptions[0] is e1)
class Weird(ExceptionGroup):
    def __init__(self, *args):
        super().__init__("ignored", [TypeError()])
w = Weird("real", [KeyError()])
print(repr(w), w.message, w.exceptions, w.args)
try:
    raise Named("top", [OSError(5)])
except* OSError as eg:
    print(type(eg).__name__, str(eg))
