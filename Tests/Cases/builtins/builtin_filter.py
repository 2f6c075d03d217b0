# filter() with a function or None; it is lazy and single-pass.
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
def noisy(x):
    print("test", x)
    return x > 1
f = filter(noisy, [1, 2, 3])
print(type(f).__name__)
print(next(f))
print(list(f), list(f))
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
