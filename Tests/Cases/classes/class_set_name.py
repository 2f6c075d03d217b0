# __set_name__ is called on class attributes at class creation, with owner and name.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.storage, value)
class Model:
    title = Field()
    body = Field()
    plain = 5
m = Model()
print(m.title, Model.title.name, Model.body.storage)
m.title = "Hello"
print(m.title, vars(m))
f = Field()
class Later:
    pass
Later.attr = f
print(hasattr(f, "name"))
class Twice:
    a = b = Field()
print(Twice.a.name, Twice.a is Twice.b)
class Raises:
    def __set_name__(self, owner, name):
        raise ValueError("refuse " + name)
try:
    class Host:
        x = Raises()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
