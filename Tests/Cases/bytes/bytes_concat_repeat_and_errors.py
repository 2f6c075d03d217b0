# bytes + and * (result kind follows the left operand), in-place forms, and the sequence-slot errors.
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"ab" * 0, b"x" * -1, b"x" * True, b"a" + bytearray(b"b"), bytearray(b"a") + b"b")
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__, bytearray(b"ab") * 2, 3 * bytearray(b"-"))
class Count:
    def __index__(self):
        return 2
class Right:
    def __radd__(self, other):
        return "Right.__radd__"
    def __rmul__(self, other):
        return "Right.__rmul__"
print(b"ab" * Count(), b"x" + Right(), b"x" * Right(), bytearray(b"y") + Right())
for call in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a" + 1, lambda: bytearray(b"a") + "b", lambda: b"a" * b"b",
             lambda: b"a" * 1.5, lambda: b"a" < "b", lambda: b"a" - b"a", lambda: b"a" * 2 ** 70, lambda: 5 % b"x",
             lambda: b"a".__add__("x"), lambda: -b"a"]:
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
x = b"ab"
y = x
x += b"c"
x *= 2
print(x, y, x is y)
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba *= 2
print(ba, alias, ba is alias)
