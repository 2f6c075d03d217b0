# The generator type: its methods, iter(g) is g, isinstance and attribute errors.
def gen():
    yield 1

g = gen()
t = type(g)
print(t.__name__, isinstance(g, t), type((x for x in ())) is t)
print(sorted(n for n in ["send", "throw", "close", "__next__", "__iter__", "gi_frame", "gi_running", "gi_code", "gi_yieldfrom"] if hasattr(g, n)))
print(iter(g) is g, g.__iter__() is g)
print(g.__next__())
try:
    g.__next__()
except StopIteration:
    print("StopIteration from __next__")
try:
    t()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.undefined
except AttributeError as e:
    print(type(e).__name__, e)
try:
    g.attribute = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(gen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen()[0]
except TypeError as e:
    print(type(e).__name__, e)
print(bool(gen()), callable(gen), callable(gen()))
try:
    t.send(g, None)
except StopIteration:
    print("unbound send works")
try:
    t.send(5, None)
except TypeError as e:
    print(type(e).__name__, e)
print(gen.__code__.co_flags & 0x20 != 0)
