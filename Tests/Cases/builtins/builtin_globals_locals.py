# globals() is the live module namespace; locals() in functions is a snapshot.
x = 1
g = globals()
g["created_via_globals"] = "hello"
print(created_via_globals, g["x"], "g" in g, g is globals(), g["__name__"])
def f(a):
    b = 2
    loc = locals()
    loc["b"] = 99
    loc["new"] = 1
    return sorted(loc), b
print(f(0))
print(locals() is globals())
class C:
    y = 5
    names = sorted([k for k in locals() if not k.startswith("__")])
print(C.names)
def nested():
    v = "closure"
    def inner():
        return sorted(locals()), v
    return inner()
print(nested())
print([k in globals() for k in ["__name__", "__doc__", "__builtins__", "__annotations__"]], __doc__)
