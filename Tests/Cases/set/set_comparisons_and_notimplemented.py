# Set comparisons are subset tests, mix set and frozenset, and defer to the other operand.
a, b = {1, 2}, frozenset({1, 2, 3})
print(a < b, a <= b, b > a, b >= a, a == b, a != b, b == frozenset(a | {3}))
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 3}, set() < set(), set() <= set())
print(a.__eq__([1, 2]), a.__lt__(3), a == [1, 2], a != (1, 2))
for left, right in [(a, [1]), ([1], a), (a, 5)]:
    try:
        print(left < right)
    except TypeError as e:
        print(type(e).__name__, e)
class Always:
    def __eq__(self, other):
        return "always-eq"
    def __gt__(self, other):
        return "always-gt"
print(a == Always(), a < Always())
class Sub(set):
    def __eq__(self, other):
        return "sub-eq"
print({1} == Sub(), Sub() == {1}, Sub([1]) != {1})
