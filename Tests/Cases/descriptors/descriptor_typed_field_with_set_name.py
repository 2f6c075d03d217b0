# A validating descriptor storing values in the instance dict under its own name.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{self.name} not set") from None
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, vars(p))
for field, value in [("age", "old"), ("name", 5), ("age", True)]:
    try:
        setattr(p, field, value)
        print("set", field, value)
    except TypeError as e:
        print(type(e).__name__, e)
blank = Person.__new__(Person)
try:
    blank.age
except AttributeError as e:
    print(type(e).__name__, e, e.__suppress_context__)
print(Person.name.name, Person.age.kind.__name__)
