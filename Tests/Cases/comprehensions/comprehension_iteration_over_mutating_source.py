# Comprehensions iterate the live object; appending to a list being iterated extends the loop.
src = [1, 2, 3]
out = [src.append(x * 10) or x for x in src if x < 10]
print(out, src)
d = {"a": 1}
try:
    [d.setdefault(k + "x", 0) for k in d]
except RuntimeError as e:
    print(type(e).__name__, e)
s = "abc"
print([s for s in s], s)
