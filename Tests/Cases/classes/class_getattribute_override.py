# __getattribute__ intercepts every attribute access; object.__getattribute__ does the real work.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x * 2
obj = Logged()
print(obj.x)
print(obj.method())
try:
    obj.missing
except AttributeError as e:
    print(type(e).__name__, e)
class WithBoth:
    def __getattribute__(self, name):
        if name == "special":
            return "from __getattribute__"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
wb = WithBoth()
print(wb.special, wb.other)
class Raises:
    def __getattribute__(self, name):
        raise AttributeError("always " + name)
    def __getattr__(self, name):
        return "rescued " + name
print(Raises().anything)
print(type(Raises()).__name__, Raises.__name__)
