# A builtin type's own __repr__ slot wrapper (int.__repr__ is int's, not object's), and a
# builtin of another slot assigned to __str__/__repr__ (what enum's ReprEnum does).
print(int.__repr__, float.__repr__, list.__repr__, type.__repr__)
print(int.__repr__(7), float.__repr__(2.5), list.__repr__([1, "a"]), tuple.__repr__((1,)))
print((5).__repr__(), [1].__repr__(), int.__str__ is object.__str__)

class Shown(int):
    def __repr__(self):
        return "Shown!"

Shown.__str__ = int.__repr__
print(str(Shown(3)), repr(Shown(3)), f"{Shown(4)}", "%s" % Shown(5))

class Listed(list):
    __repr__ = tuple.__repr__ if False else list.__repr__
    __str__ = int.__repr__ if False else object.__repr__

print(repr(Listed([1, 2])), str(Listed([3])).startswith("<__main__.Listed object at"))
try:
    int.__repr__("text")
except TypeError as e:
    print("TypeError:", e)
