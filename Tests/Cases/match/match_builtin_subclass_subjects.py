# Subjects that are instances of builtin subclasses match the builtin's class pattern and self-binding.
class Celsius(float):
    pass

class Tags(list):
    pass

class Config(dict):
    pass

class Flag(int):
    __match_args__ = ("name",)
    name = "flag-name"

for subject in [Celsius(21.5), Tags(["a", "b"]), Config(debug=True), Flag(3), True]:
    match subject:
        case float(value):
            print("float pattern:", type(value).__name__, value)
        case list([first, *_]) as whole:
            print("list pattern:", first, type(whole).__name__)
        case dict({"debug": flag}):
            print("dict pattern with mapping sub-pattern:", flag)
        case Flag(name):
            print("Flag uses its own __match_args__:", name)
        case int(value):
            print("int pattern binds the subject:", value, type(value).__name__)
