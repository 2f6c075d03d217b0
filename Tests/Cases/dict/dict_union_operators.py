# The | and |= operators on dicts (PEP 584).
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a, c is a)
c |= [("w", 0)]
print(c)
for call in [lambda: a | [("k", 1)], lambda: a | None, lambda: [("k", 1)] | a]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c |= 5
except TypeError as e:
    print(type(e).__name__, e)
class D(dict):
    pass
print(type(D(a=1) | {"b": 2}).__name__, type({"b": 2} | D(a=1)).__name__)
