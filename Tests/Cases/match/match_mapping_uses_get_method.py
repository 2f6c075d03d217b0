# Mapping patterns look keys up with subject.get(key, sentinel): __getitem__ and __missing__ are not used,
# and a mapping with fewer items than the pattern has keys is rejected before any lookup.
class Tracing(dict):
    def get(self, key, default=None):
        print("  get", repr(key), "default is a sentinel:", default is not None)
        return super().get(key, default)
    def __getitem__(self, key):
        print("  __getitem__", key)
        return super().__getitem__(key)
    def __missing__(self, key):
        print("  __missing__", key)
        return "made up"

subject = Tracing(a=1, b=2)
match subject:
    case {"a": 1, "b": b, "c": c}:
        print("matched c", c)
    case {"b": b, "a": a}:
        print("matched", a, b)

class AlwaysHas(dict):
    def get(self, key, default=None):
        return "always"

for subject in [AlwaysHas(), AlwaysHas(one=1, two=2)]:
    match subject:
        case {"anything": value, "else": other}:
            print("AlwaysHas gives", value, other)
        case _:
            print("too short for two keys:", len(subject))

class BadGet(dict):
    def get(self, key, default=None):
        raise LookupError("get exploded on " + repr(key))

try:
    match BadGet(k=1):
        case {"k": 1}:
            print("unreachable")
except LookupError as e:
    print(type(e).__name__, e)

class NoGet(dict):
    get = None

try:
    match NoGet(k=1):
        case {"k": 1}:
            print("unreachable")
except TypeError as e:
    print(type(e).__name__, e)
