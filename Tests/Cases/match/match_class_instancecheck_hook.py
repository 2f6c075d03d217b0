# Class patterns use isinstance(), so a metaclass __instancecheck__ decides what matches.
class Meta(type):
    def __instancecheck__(cls, instance):
        print("  __instancecheck__", repr(instance))
        return isinstance(instance, int) and instance > 10

class BigNumber(metaclass=Meta):
    __match_args__ = ("real",)

for value in [5, 50, "text"]:
    match value:
        case BigNumber(r):
            print(value, "is big, real =", r)
        case _:
            print(value, "is not big")

class Everything(type):
    def __instancecheck__(cls, instance):
        return True

class Anything(metaclass=Everything):
    pass

match object():
    case Anything(missing=value):
        print("unreachable")
    case Anything():
        print("instancecheck said yes, missing attribute means the keyword pattern failed")
