# Keyword sub-patterns read attributes by name; a missing attribute means no match.
class Box:
    def __init__(self, **attrs):
        self.__dict__.update(attrs)
    @property
    def computed(self):
        return "computed!"
    @property
    def broken(self):
        raise AttributeError("broken property")
    @property
    def angry(self):
        raise ValueError("angry property")

def inspect(b):
    match b:
        case Box(width=w, height=h):
            return f"rectangle {w}x{h}"
        case Box(radius=r):
            return f"circle r={r}"
        case Box(computed=c, broken=_):
            return "unreachable: broken raises AttributeError"
        case Box(computed=c):
            return f"computed attribute {c}"

print(inspect(Box(width=2, height=3)))
print(inspect(Box(width=2)))
print(inspect(Box(radius=1)))
print(inspect(Box()))
try:
    match Box():
        case Box(angry=a):
            print("unreachable")
except ValueError as e:
    print(type(e).__name__, e)
match 5:
    case int(real=r, imag=i, numerator=n):
        print("int attributes", r, i, n)
match "text":
    case str(upper=u):
        print("bound method found:", u())
