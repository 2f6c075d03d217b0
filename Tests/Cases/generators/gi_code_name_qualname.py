# __name__, __qualname__ (writable, str only) and gi_code of generators.
def top():
    yield

class Holder:
    def method(self):
        yield
    def nested(self):
        def local():
            yield
        return local()

g = top()
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_code is top.__code__)
h = Holder().method()
print(h.__name__, h.__qualname__)
n = Holder().nested()
print(n.__name__, n.__qualname__)
ge = (x for x in ())
print(ge.__name__, ge.__qualname__)
g.__name__ = "renamed"
g.__qualname__ = "Renamed.qual"
print(g.__name__, g.__qualname__, top.__name__)
for attr in ["__name__", "__qualname__"]:
    try:
        setattr(g, attr, 5)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        delattr(g, attr)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    g.gi_code = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    g.gi_running = True
except AttributeError as e:
    print(type(e).__name__, e)
def renamed_function():
    yield
renamed_function.__name__ = "changed"
renamed_function.__qualname__ = "changed.q"
r = renamed_function()
print(r.__name__, r.__qualname__, r.gi_code.co_name)
print(repr(top()).startswith("<generator object top at 0x"))
print(repr(Holder().method()).split(" at ")[0])
print(type(g).__name__, type(ge) is type(g))
