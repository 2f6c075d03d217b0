# A metaclass (a subclass of type) adds no __dict__/__weakref__ descriptors of its own, so
# its classes' __dict__ is still their namespace mappingproxy.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)


class A(metaclass=Meta):
    x = 1

    def __eq__(self, other):
        return True


print(list(Meta.__dict__.keys()), sorted(A.__dict__.keys()))
print(A.__dict__["x"], A.__dict__["__hash__"], type(A.__dict__).__name__, A.__hash__)
print(type(Meta.__dict__["__new__"]).__name__, "__weakref__" in Meta.__dict__, "__dict__" in Meta.__dict__)
