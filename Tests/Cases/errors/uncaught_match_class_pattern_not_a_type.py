# An uncaught TypeError from a class pattern whose name is not a type: carets under the pattern.
class NotAType:
    pass
obj = NotAType()
def check(value):
    match value:
        case [1, 2]:
            return "pair"
        case obj(x=1):
            return "never"
check(5)
