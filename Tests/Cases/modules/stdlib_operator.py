# The stdlib operator module's pure-Python implementation.
import operator
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.neg(5))
print(operator.itemgetter(1)([10, 20]), operator.itemgetter(slice(0, 2))("xyz"), operator.attrgetter("real")(3))
print(operator.methodcaller("upper")("abc"), operator.methodcaller("split", ",")("a,b"))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.not_(0), operator.truth([]), operator.is_(None, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
d = {}
operator.setitem(d, "k", 1)
print(d, operator.getitem(d, "k"), operator.concat([1], [2]), operator.length_hint([1, 2, 3]))
x = [1]
print(operator.iadd(x, [2]), x, operator.ipow(2, 10), operator.xor(6, 3), operator.lshift(1, 4))
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("a")))
