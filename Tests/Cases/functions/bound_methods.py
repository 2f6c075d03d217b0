# Bound methods: __self__, __func__, equality, and calling through the class.
class A:
    def __init__(self, name):
        self.name = name
    def greet(self, other="you"):
        return f"{self.name} greets {other}"
    def __repr__(self):
        return f"A({self.name!r})"
a = A("ann")
m = a.greet
print(m(), m("bob"), A.greet(a, "cid"), m.__self__, m.__func__ is A.greet, m.__name__, m.__qualname__)
print(repr(m))
print(a.greet == a.greet, a.greet is a.greet, a.greet == A("ann").greet, A.greet is A.greet)
print(type(m).__name__, type(A.greet).__name__, hash(a.greet) == hash(a.greet))
calls = []
bound = calls.append
bound(1)
bound(2)
print(calls, bound.__self__ is calls, bound.__name__, type(bound).__name__)
a.greet = lambda: "instance attribute wins"
print(a.greet(), A.greet(a))
del a.greet
print(a.greet())
try:
    A.greet()
except TypeError as e:
    print(type(e).__name__, e)
