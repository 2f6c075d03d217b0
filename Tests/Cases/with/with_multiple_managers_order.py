# Multiple managers enter left to right and exit right to left; a failing __enter__ exits the earlier ones.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("never")
except RuntimeError as e:
    print("caught", e)
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
try:
    with CM("outer"):
        with CM("inner"):
            raise ValueError("from body")
except ValueError as e:
    print("caught", e)
