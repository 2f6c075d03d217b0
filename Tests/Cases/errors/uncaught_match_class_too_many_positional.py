# Too many positional sub-patterns for __match_args__, uncaught inside a mapping pattern.
class P:
    __match_args__ = ("x", "y")
def check(value):
    match value:
        case {"k": P(1, 2, 3)}:
            return "never"
check({"k": P()})
