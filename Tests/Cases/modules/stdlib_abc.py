# The stdlib abc module over the native _abc: abstract methods, register(), isinstance/issubclass.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} with area {self.area()}"
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Square(Half):
    def name(self): return "square"
print(Square().describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Plain:
    pass
token = get_cache_token()
print(Shape.register(Plain) is Plain, get_cache_token() > token)
print(isinstance(Plain(), Shape), issubclass(Plain, Shape), issubclass(int, Shape), isinstance(Square(), Shape))
class Hooked(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "quack") or NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hooked), isinstance(Duck(), Hooked), issubclass(Plain, Hooked), type(Hooked).__name__)
try:
    Shape.register(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Square.register(Shape)
except RuntimeError as e:
    print(type(e).__name__, e)
