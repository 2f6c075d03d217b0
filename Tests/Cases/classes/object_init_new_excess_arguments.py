# object.__new__ and object.__init__ reject extra arguments unless the other one is overridden.
class Plain:
    pass
class OwnInit:
    def __init__(self, *args):
        super().__init__()
class OwnNew:
    def __new__(cls, *args):
        return super().__new__(cls)
class PassesThrough:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
class InitPassesThrough:
    def __init__(self, *args):
        super().__init__(*args)
cases = [
    ("Plain(1)", lambda: Plain(1)),
    ("Plain(x=1)", lambda: Plain(x=1)),
    ("object(1)", lambda: object(1)),
    ("OwnInit(1, 2)", lambda: OwnInit(1, 2)),
    ("OwnNew(1, 2)", lambda: OwnNew(1, 2)),
    ("PassesThrough(1)", lambda: PassesThrough(1)),
    ("InitPassesThrough(1)", lambda: InitPassesThrough(1)),
    ("object.__new__(Plain, 1)", lambda: object.__new__(Plain, 1)),
    ("object.__init__(Plain(), 1)", lambda: object.__init__(Plain(), 1)),
    ("object.__init__()", lambda: object.__init__()),
    ("object.__new__(5)", lambda: object.__new__(5)),
]
for label, make in cases:
    try:
        print(label, "->", type(make()).__name__)
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
