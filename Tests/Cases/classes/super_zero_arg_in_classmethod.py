# super() in classmethods and staticmethod-free contexts binds to the class.
class Base:
    @classmethod
    def create(cls, tag):
        return f"{cls.__name__} created by Base ({tag})"
    @classmethod
    def name(cls):
        return "Base.name for " + cls.__name__
class Child(Base):
    @classmethod
    def create(cls, tag):
        return "Child wraps " + super().create(tag)
    @classmethod
    def name(cls):
        return super().name() + " via Child"
class GrandChild(Child):
    pass
print(Child.create("a"))
print(GrandChild.create("b"))
print(GrandChild().create("c"))
print(GrandChild.name())
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*args)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(WithMeta(3).v)
class New:
    def __new__(cls, *args):
        print("New.__new__", cls.__name__, args)
        return super().__new__(cls)
class NewChild(New):
    def __new__(cls, value):
        obj = super().__new__(cls, value)
        obj.value = value
        return obj
print(NewChild(9).value)
