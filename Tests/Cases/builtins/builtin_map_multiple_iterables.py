# map() with several iterables stops at the shortest; it is lazy.
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
def loud(x):
    print("map calls", x)
    return x * 2
m = map(loud, [1, 2, 3])
print(type(m).__name__)
print(next(m))
print(list(m))
print(list(map(len, ["a", "bb", ""])), list(map(int, "123")), list(map(lambda *a: a, "ab", "cd", "ef")))
for bad in [lambda: map(len), lambda: map(len, 5), lambda: list(map(5, [1]))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
