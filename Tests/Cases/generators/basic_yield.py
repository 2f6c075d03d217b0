# Yielding values: next(), list(), for loops and the values of a suspended frame's locals.
def count_to(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_to(5)))
g = count_to(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
for v in count_to(4):
    print("loop", v)

def no_value():
    yield
    yield None
    yield

print(list(no_value()))

def locals_persist():
    total = 0
    for word in ["a", "bb", "ccc"]:
        total += len(word)
        yield word, total

for item in locals_persist():
    print(item)

def empty():
    return
    yield

print(list(empty()), list(empty()))
print(next(count_to(1), "first"), next(empty(), "default"))
g = count_to(2)
print(iter(g) is g, list(g), list(g))
