# __closure__ holds cell objects; cell_contents reads (and writes) them.
def outer():
    a = 1
    b = [2]
    def inner():
        return a, b
    return inner
f = outer()
print(f.__code__.co_freevars, len(f.__closure__), [c.cell_contents for c in f.__closure__])
f.__closure__[0].cell_contents = "changed"
print(f())
def empty_cell():
    def inner():
        return later
    try:
        inner.__closure__[0].cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = "now bound"
    return inner
g = empty_cell()
print(g(), g.__closure__[0].cell_contents)
def no_closure():
    return 1
print(no_closure.__closure__, outer.__code__.co_cellvars, type(f.__closure__[0]).__name__)
c1 = f.__closure__[0]
print(c1 == f.__closure__[0], c1 is f.__closure__[0])
del c1.cell_contents
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
