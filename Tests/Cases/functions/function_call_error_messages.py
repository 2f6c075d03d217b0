# TypeError messages for wrong calls to Python functions.
def none():
    pass
def one(a):
    pass
def two(a, b):
    pass
def opt(a, b=1):
    pass
def three(a, b, c):
    pass
attempts = [
    ("none(1)", lambda: none(1)), ("none(1, 2)", lambda: none(1, 2)), ("one()", lambda: one()),
    ("one(1, 2)", lambda: one(1, 2)), ("two()", lambda: two()), ("two(1)", lambda: two(1)),
    ("three()", lambda: three()), ("three(1)", lambda: three(1)), ("opt()", lambda: opt()),
    ("opt(1, 2, 3)", lambda: opt(1, 2, 3)), ("one(b=1)", lambda: one(b=1)), ("one(1, a=1)", lambda: one(1, a=1)),
    ("none(x=1)", lambda: none(x=1)), ("two(1, 2, c=3)", lambda: two(1, 2, c=3)),
    ("opt(1, 2, 3, 4)", lambda: opt(1, 2, 3, 4)), ("one(1, x=1, y=2)", lambda: one(1, x=1, y=2)),
]
for text, call in attempts:
    try:
        call()
    except TypeError as e:
        print(text, "->", e)
class C:
    def method(self, x):
        pass
for text, call in [("C().method()", lambda: C().method()), ("C().method(1, 2)", lambda: C().method(1, 2)),
                   ("C.method(1)", lambda: C.method(1))]:
    try:
        call()
    except TypeError as e:
        print(text, "->", e)
