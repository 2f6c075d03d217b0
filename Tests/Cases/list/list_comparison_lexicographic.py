# List comparisons are lexicographic and use identity before == for elements.
pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], [0]), ([2], [1, 9]),
         ([1, [2, 3]], [1, [2, 4]]), (["a"], ["B"]), ([1.0], [1]), ([0.5], [True])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], [nan] < [nan], [1, nan] < [2, nan])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
print([1] == (1,), [1, "a"] == [1, 2], [[1]] < [[1, 0]], max([[1, 2], [1, 3], [0, 9]]))
