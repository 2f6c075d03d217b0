# zip() stops at the shortest input unless strict=True, which checks lengths.
print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip("abc")), list(zip([], "x")))
print(dict(zip("ab", "xy")), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip("ab", "cd", strict=True)))
for args in [("abc", "ab"), ("ab", "abc"), ("ab", "ab", "a"), ("a", "ab", "ab")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip("a", bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
