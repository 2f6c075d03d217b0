# split() builds its parts with derive(); the default derive makes a plain (Base)ExceptionGroup.
class Plain(ExceptionGroup):
    pass

class Custom(ExceptionGroup):
    def derive(self, excs):
        print("  derive called with", excs)
        return Custom(self.message + "*", excs)

class WithExtra(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
    def derive(self, excs):
        return WithExtra(self.message, excs, self.extra)

p = Plain("p", [ValueError(1), TypeError(2)])
print(repr(p.split(ValueError)))
print(repr(p.derive([KeyError()])), type(p.derive([KeyError()])).__name__)
print(repr(p.derive([KeyboardInterrupt()])))
c = Custom("c", [ValueError(1), TypeError(2)])
print(repr(c.split(ValueError)))
w = WithExtra("w", [ValueError(1), TypeError(2)], extra="payload")
m, r = w.split(TypeError)
print(repr(m), m.extra, repr(r), r.extra, w.args)
for bad in [lambda: p.derive(), lambda: p.derive(1, 2), lambda: p.derive(5), lambda: p.derive([])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(type(e).__name__, e)
