# __enter__ and __exit__ are looked up on the type; the manager expression is evaluated once.
class CM:
    def __enter__(self):
        return "type __enter__"
    def __exit__(self, *a):
        print("type __exit__")
c = CM()
c.__enter__ = lambda: "instance __enter__"
with c as v:
    print(v)
def make():
    print("manager expression evaluated")
    return CM()
with make() as v2:
    print(v2)
class Dynamic:
    pass
Dynamic.__enter__ = lambda self: "added to class later"
Dynamic.__exit__ = lambda self, *a: None
with Dynamic() as d:
    print(d)
