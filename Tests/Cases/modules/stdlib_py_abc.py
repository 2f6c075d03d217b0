# _py_abc: the pure-Python ABCMeta (registration, abstract methods, subclass hooks).
from _py_abc import ABCMeta


class Shape(metaclass=ABCMeta):
    def area(self):
        raise NotImplementedError


Shape.area.__isabstractmethod__ = True
Shape.__abstractmethods__ = frozenset({'area'})
try:
    Shape()
except TypeError as e:
    print('TypeError', e)


class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__len__') or NotImplemented


class Box:
    pass


print(issubclass(list, Sized), issubclass(int, Sized), isinstance('x', Sized))
Sized.register(Box)
print(issubclass(Box, Sized), isinstance(Box(), Sized), ABCMeta._abc_invalidation_counter > 0)
