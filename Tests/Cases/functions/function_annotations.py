# Annotations are evaluated at definition time and stored in __annotations__.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__, type(g.__annotations__).__name__)
def h() -> None:
    pass
print(h.__annotations__)
def side(tag):
    print("evaluating", tag)
    return tag
def k(p: side("p"), q: side("q") = side("default")) -> side("return"):
    pass
print(k.__annotations__)
class C:
    x: int
    y: str = "y"
    z = 5
print(C.__annotations__, C.y, hasattr(C, "x"))
v: int = 5
w: str
print(__annotations__, v, "w" in globals())
