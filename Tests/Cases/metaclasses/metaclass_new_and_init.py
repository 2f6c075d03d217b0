# A metaclass's __new__ and __init__ run when the class statement executes.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted([k for k in ns if not k.startswith("__")]), kwargs)
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, kwargs)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    x = 1
    def method(self):
        pass
class Child(Base, flag=True):
    y = 2
print(Base.added_by_meta, Child.added_by_meta, type(Child).__name__, isinstance(Child, Meta))
print(type(Base) is Meta, Meta.__mro__[1] is type, Child().method() is None)
