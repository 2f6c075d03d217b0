# gi_frame: a frame while the generator can still run, None once it finished.
def gen():
    x = 1
    yield x
    y = 2
    yield y

g = gen()
f = g.gi_frame
print(f is not None, f.f_code is g.gi_code, f.f_code.co_name)
print("line before start", f.f_lineno)
next(g)
print("line at first yield", g.gi_frame.f_lineno)
next(g)
print("line at second yield", g.gi_frame.f_lineno)
print(g.gi_frame is f)
list(g)
print("after finish", g.gi_frame)

g = gen()
g.close()
print("closed", g.gi_frame)

def raiser():
    yield
    raise ValueError

g = raiser()
next(g)
try:
    next(g)
except ValueError:
    print("after error", g.gi_frame)
