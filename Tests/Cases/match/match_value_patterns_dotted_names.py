# Value patterns (dotted names) compare the subject with == against the looked-up value.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = 3

class Namespace:
    pass

ns = Namespace()
ns.limit = 10
ns.inner = Namespace()
ns.inner.value = (1, 2)

def classify(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
        case ns.limit:
            return "limit"
        case ns.inner.value:
            return "inner value"
    return "none of them"

for value in ["red", "green", 3, 3.0, 10, (1, 2), [1, 2], "blue"]:
    print(repr(value), classify(value))
Color.RED = "crimson"
print(classify("red"), classify("crimson"))
try:
    match 1:
        case ns.missing:
            pass
except AttributeError as e:
    print(type(e).__name__, e)
