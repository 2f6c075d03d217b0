# !r/!s/!a conversions and user __format__ methods.
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "":
            return f"${self.amount}"
        return f"${self.amount:{spec}}"
    def __repr__(self):
        return f"Money({self.amount})"
    def __str__(self):
        return "money"
m = Money(3.5)
print("{}".format(m), "{:.2f}".format(m), "{!r}".format(m), "{!s}".format(m), "{!s:>8}".format(m))
print(f"{m}", f"{m:08.3f}", f"{m!r:*^12}", format(m), format(m, ">5"))
print("{!a}".format("é"), "{!r}".format("é"), "{!s:^5}".format([1]), "{0!r}{0!s}".format("x"))
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), "{}".format(Plain()), f"{Plain()}", f"{Plain()!s:>6}")
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(Plain(), ""), int.__format__(5, "03"), str.__format__("a", "^3"))
