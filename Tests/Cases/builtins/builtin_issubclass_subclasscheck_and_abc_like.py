# __subclasshook__-free custom checks via metaclass __subclasscheck__, and tuple recursion.
class Meta(type):
    def __subclasscheck__(cls, sub):
        print("check", sub.__name__)
        return sub.__name__.startswith("Good")
class Check(metaclass=Meta):
    pass
class GoodOne: pass
class BadOne: pass
print(issubclass(GoodOne, Check), issubclass(BadOne, Check), issubclass(BadOne, (Check, object)))
print(isinstance(GoodOne(), Check))
print(issubclass(Check, Check))
