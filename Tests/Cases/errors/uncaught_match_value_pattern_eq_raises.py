# An __eq__ that raises during a value pattern: the traceback points at the pattern.
class E:
    def __eq__(self, o): raise ValueError("eq")
class C:
    v = E()
class L(list):
    def __len__(self): raise ValueError("len")
class D(dict):
    def get(self, k, d=None): raise ValueError("get")
class A:
    __match_args__ = ("p",)
    @property
    def p(self): raise ValueError("attr")
class S(list):
    def __iter__(self): raise ValueError("iter")
def f(x, kind):
    match x:
        case C.v if kind == "eq":
            pass
        case [1, 2] if kind == "len":
            pass
        case {"k": 1} if kind == "get":
            pass
        case A(1) if kind == "attr":
            pass
        case [a, *rest] if rest[5]:
            pass
        case _:
            pass
subjects = {"eq": 1, "len": L([1, 2]), "get": D(k=1), "attr": A(), "guard": [1, 2], "star": S([1, 2])}
f(subjects["eq"], "eq")
