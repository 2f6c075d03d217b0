# The format() builtin delegates to type(value).__format__(value, spec).
print(format(3), format(3, "b"), format("s"), format("s", "^3"), format(2.5), format(None), format([1, 2]))
print(format((1, 2)), format({"k": 1}), format(b"ab"), format(1j), format(range(3)), format(Ellipsis))
for value, spec in [(None, "s"), ([1], ">5"), ((1,), "d"), (b"x", "5")]:
    try:
        format(value, spec)
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __format__(cls, spec):
        return "class-format:" + spec
class WithMeta(metaclass=Meta):
    def __format__(self, spec):
        return "instance-format:" + spec
print(format(WithMeta, "q"), format(WithMeta(), "q"), f"{WithMeta:z}", f"{WithMeta():z}")
try:
    format(3, spec="d")
except TypeError as e:
    print(type(e).__name__, e)
