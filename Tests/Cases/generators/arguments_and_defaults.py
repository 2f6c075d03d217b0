# Generator functions take every kind of parameter; arguments are bound at the call.
def gen(a, b=2, *args, c, d=4, **kw):
    yield a
    yield b
    yield args
    yield c, d
    yield sorted(kw.items())

print(list(gen(1, c=3)))
print(list(gen(1, 5, 6, 7, c=8, d=9, e=10, f=11)))
try:
    gen(1)
except TypeError as e:
    print("error at call, not at first next:", e)
try:
    gen()
except TypeError as e:
    print(type(e).__name__, e)

def positional_only(x, /, y):
    yield x + y

print(list(positional_only(1, y=2)))
try:
    positional_only(x=1, y=2)
except TypeError as e:
    print(type(e).__name__, e)

def mutable_default(acc=[]):
    acc.append(len(acc))
    yield list(acc)

print(list(mutable_default()), list(mutable_default()))
args = (10, 20)
print(list(gen(*args, c=0)))
print(list(gen(**{"a": 1, "c": 2})))

class K:
    def method(self, n):
        for i in range(n):
            yield self, i
    @staticmethod
    def static(n):
        yield from range(n)
    @classmethod
    def cls(cls, n):
        yield cls.__name__, n

k = K()
print([i for s, i in k.method(3) if s is k])
print(list(K.static(3)), list(K.cls(1)), list(k.cls(2)))
