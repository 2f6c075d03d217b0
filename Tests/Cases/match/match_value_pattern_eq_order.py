# A value pattern evaluates `subject == value`: the subject's __eq__ runs first, then the reflected one.
class Loud:
    def __init__(self, name, result):
        self.name = name
        self.result = result
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other.name if isinstance(other, Loud) else other!r})")
        return self.result
    __hash__ = None

class Holder:
    pass

h = Holder()
h.yes = Loud("pattern-yes", True)
h.no = Loud("pattern-no", False)
h.notimpl = Loud("pattern-ni", NotImplemented)

for subject in [Loud("subject-ni", NotImplemented), Loud("subject-false", False), 5]:
    print("subject", getattr(subject, "name", subject))
    match subject:
        case h.notimpl:
            print("  matched notimpl")
        case h.no:
            print("  matched no")
        case h.yes:
            print("  matched yes")
        case _:
            print("  fell through")

class Truthy:
    def __bool__(self):
        print("  __bool__")
        return True

class ReturnsObject:
    def __eq__(self, other):
        return Truthy()

h.obj = ReturnsObject()
match 1:
    case h.obj:
        print("matched via truthy __eq__ result")
