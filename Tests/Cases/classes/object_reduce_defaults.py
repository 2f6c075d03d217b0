# object.__reduce_ex__ / __reduce__ / __getstate__ defaults (what pickle and copy use).
class C:
    pass
c = C()
print(c.__getstate__(), c.__reduce_ex__(2)[1:], c.__reduce_ex__(0)[1:])
c.x = 1
print(c.__getstate__(), c.__reduce_ex__(2)[1:], c.__reduce_ex__(1)[1:], c.__reduce__()[1:])
print(c.__reduce_ex__(2)[0].__name__, c.__reduce_ex__(0)[0].__name__)
class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
print(s.__getstate__(), s.__reduce_ex__(4)[1:])
class Custom:
    def __reduce__(self):
        return (Custom, ())
print(Custom().__reduce_ex__(2))
class Args:
    def __getnewargs__(self):
        return (1, 2)
print(Args().__reduce_ex__(2)[1])
rebuilt = c.__reduce_ex__(2)[0](*c.__reduce_ex__(2)[1])
print(type(rebuilt).__name__, rebuilt.__dict__)
try:
    c.__reduce_ex__()
except TypeError as e:
    print(type(e).__name__, e)
