# Methods close over enclosing function variables and over __class__ (used by super()).
def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return f"{greeting}, {name}"
        def cls(self):
            return __class__.__name__
    return Greeter
G = make_class("Hello")
H = make_class("Hi")
print(G().greet("Ann"), H().greet("Bob"), G().cls(), G is H)
print(G.greet.__code__.co_freevars, G.cls.__code__.co_freevars)
class Base:
    def who(self):
        return "base"
class Child(Base):
    def who(self):
        return "child+" + super().who()
    def no_super(self):
        return 1
print(Child().who(), Child.who.__code__.co_freevars, Child.no_super.__code__.co_freevars)
print(Child.who.__closure__[0].cell_contents is Child)
