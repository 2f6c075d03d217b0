# Only dict, its subclasses and mappingproxy are mappings for matching; other objects with keys() are not.
class MyDict(dict):
    pass

class FakeMapping:
    def keys(self):
        return ["a"]
    def __getitem__(self, key):
        return 1
    def get(self, key, default=None):
        return 1

class Holder:
    a = "class attribute"

def has_a(x):
    match x:
        case {"a": value}:
            return f"mapping with a={value!r}"
        case _:
            return "not matched"

for subject in [{"a": 1}, MyDict(a=2), FakeMapping(), Holder.__dict__, [("a", 1)], "a", {"b": 1}, dict.fromkeys("a")]:
    print(type(subject).__name__, has_a(subject))
