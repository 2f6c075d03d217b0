# The stdlib copyreg module: the pickle registry and extension codes.
import copyreg
class Point:
    def __init__(self, x): self.x = x
def reduce_point(p):
    return Point, (p.x,)
copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point)
copyreg.add_extension("mod", "name", 250)
print(copyreg._extension_registry[("mod", "name")], copyreg._inverted_registry[250])
copyreg.remove_extension("mod", "name", 250)
print(("mod", "name") in copyreg._extension_registry)
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(copyreg.__newobj__(Point, 3).x)
