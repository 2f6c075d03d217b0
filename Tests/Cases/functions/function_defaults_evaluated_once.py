# Default values are evaluated once, at definition time, and shared between calls.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
counter = 0
def next_value():
    global counter
    counter += 1
    print("default evaluated", counter)
    return counter
def f(x=next_value()):
    return x
print(f(), f(), f(10))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
def g(a, b=2, *, c=3):
    return a, b, c
g.__defaults__ = (20,)
g.__kwdefaults__ = {"c": 30}
print(g(1), g(1, 2, c=3))
