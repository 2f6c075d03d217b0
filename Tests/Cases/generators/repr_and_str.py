# repr()/str() of generator objects name the qualified name (addresses cut off here).
def top():
    yield

class C:
    def meth(self):
        yield
    class Inner:
        def deep(self):
            yield

def outer():
    def local():
        yield
    return local()

for g in [top(), C().meth(), C.Inner().deep(), outer(), (x for x in ())]:
    r = repr(g)
    print(r.split(" at 0x")[0], r.endswith(">"), str(g) == r)
g = top()
g.__qualname__ = "custom"
print(repr(g).split(" at 0x")[0])
print(("%r" % (top(),)).split(" at ")[0], "{!r}".format(top()).split(" at ")[0])
