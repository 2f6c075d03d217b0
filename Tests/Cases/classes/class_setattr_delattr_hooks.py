# __setattr__ and __delattr__ intercept assignment and deletion (including in __init__).
class Recorder:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        if name == "readonly":
            raise AttributeError("readonly is read-only")
        super().__setattr__(name, value * 10 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("del", name)
        if name == "a":
            raise AttributeError("cannot delete a")
        object.__delattr__(self, name)
r = Recorder()
r.b = 2
r.c = "text"
print(vars(r))
try:
    r.readonly = 1
except AttributeError as e:
    print(type(e).__name__, e)
del r.b
try:
    del r.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.zzz
except AttributeError as e:
    print(type(e).__name__, e)
setattr(r, "d", 4)
print(vars(r))
r.__dict__["direct"] = 5
print(r.direct)
