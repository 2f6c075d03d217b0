# String concatenation and repetition, with their TypeErrors.
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100), "-" * True)
s = "x"
s += "y"
s *= 3
print(s)
for call in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 2.0, lambda: "a" + None,
             lambda: "a" + b"b", lambda: "a" - "b", lambda: -"a"]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a" * (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("".join(parts), len("".join(parts)))
