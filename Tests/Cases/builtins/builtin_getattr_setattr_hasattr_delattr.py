# Attribute builtins with defaults and their error cases.
class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", "default"), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 2)
setattr(c, "with space", 3)
print(c.y, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "y")
print(hasattr(c, "y"))
for call in [lambda: getattr(c, "nope"), lambda: delattr(c, "nope"), lambda: getattr(c, 1), lambda: setattr(c, 1, 2),
             lambda: hasattr(c, None), lambda: delattr(c, b"x"), lambda: getattr(c), lambda: setattr(5, "x", 1)]:
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Raising:
    @property
    def boom(self):
        raise ValueError("not swallowed by hasattr")
try:
    hasattr(Raising(), "boom")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(Raising(), "missing", None), getattr(1, "real"), getattr("s", "upper")())
