# Methods defined in a class get __class__ as a closure cell (zero-argument super) and close over function locals.
def factory(greeting):
    class Base:
        def hello(self):
            return f"{greeting} from Base"
    class Child(Base):
        def hello(self):
            return super().hello() + " via Child"
        def which(self):
            return __class__.__name__
    return Child

Child = factory("hi")
c = Child()
print(c.hello(), c.which())
print(Child.hello.__code__.co_freevars, Child.which.__code__.co_freevars)

class Outer:
    value = "outer class attr"
    class Inner:
        try:
            seen = value
        except NameError as e:
            seen = f"{type(e).__name__}: {e}"
print(Outer.Inner.seen)
