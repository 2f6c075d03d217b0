# repr() of a deeply nested list hits the recursion limit inside the interpreter.
nested = []
for _ in range(100_000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    str(nested)
except RecursionError as e:
    print(type(e).__name__, e)
shallow = []
for _ in range(500):
    shallow = [shallow]
text = repr(shallow)
print(len(text), text[:5], text[-5:])
d = {}
for _ in range(100_000):
    d = {"k": d}
try:
    repr(d)
except RecursionError as e:
    print(type(e).__name__, e)
t = ()
for _ in range(100_000):
    t = (t,)
try:
    repr(t)
except RecursionError as e:
    print(type(e).__name__, e)
print("survived")
