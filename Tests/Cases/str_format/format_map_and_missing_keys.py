# str.format_map uses the mapping directly, so __missing__ of dict subclasses works.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Ann")))
print("{a}{b}{c}".format_map(Default()))
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world}".format_map(Mapping()))
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0}".format_map({"0": "zero"})
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    "{}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
print("{x} {x.real}".format(**{"x": 5}), "{k[a]}".format(k={"a": 1}))
