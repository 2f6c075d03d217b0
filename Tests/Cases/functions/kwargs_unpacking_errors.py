# Errors from * and ** unpacking in calls.
def f(*args, **kwargs):
    return args, kwargs
def g(a):
    return a
attempts = [
    ("f(**{'a': 1}, **{'a': 2})", lambda: f(**{"a": 1}, **{"a": 2})),
    ("f(a=1, **{'a': 2})", lambda: f(a=1, **{"a": 2})),
    ("f(**{1: 2})", lambda: f(**{1: 2})),
    ("f(*1)", lambda: f(*1)),
    ("f(**1)", lambda: f(**1)),
    ("f(**[('a', 1)])", lambda: f(**[("a", 1)])),
    ("g(*[])", lambda: g(*[])),
    ("g(**{'b': 1})", lambda: g(**{"b": 1})),
    ("g(1, **{'a': 2})", lambda: g(1, **{"a": 2})),
    ("f(*None)", lambda: f(*None)),
]
for text, call in attempts:
    try:
        print(text, call())
    except TypeError as e:
        print(text, "->", type(e).__name__, e)
class M:
    def keys(self):
        return ["k"]
    def __getitem__(self, key):
        return "v"
print(f(**M()), f(*"ab", *b"c"))
