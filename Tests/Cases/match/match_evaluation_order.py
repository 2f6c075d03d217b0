# The order in which a pattern looks at the subject: type checks, lengths, items, attributes, lookups.
class Traced:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"    {self.name} == {other!r}")
        return self.name == other
    __hash__ = None

class Obj:
    __match_args__ = ("first", "second")
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("    getattr", name)
        return object.__getattribute__(self, name)

o = Obj()
o.first = 1
o.second = 2
o.third = 3
print("class pattern:")
match o:
    case Obj(1, 3, third=3):
        print("  unreachable")
    case Obj(1, second=2, third=3):
        print("  matched; keywords after positionals, in pattern order")

class TracingDict(dict):
    def get(self, key, default=None):
        print("    get", key)
        return dict.get(self, key, default)

print("mapping pattern:")
match TracingDict(b=1, a=2, c=3):
    case {"c": 0, "a": 2}:
        print("  unreachable: all keys are fetched before values are compared")
    case {"a": 2, "b": 1}:
        print("  matched")

print("sequence pattern:")
match [Traced("x"), Traced("y"), Traced("z")]:
    case ["x", "q", "z"]:
        print("  unreachable: stops at the first failing item")
    case [*_, "z"]:
        print("  matched last item only")
