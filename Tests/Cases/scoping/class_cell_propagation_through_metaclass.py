# The __class__ cell is filled by type.__new__ from __classcell__; a metaclass that drops or misdirects it is an error.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns2 = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns2)
try:
    class X(metaclass=Meta):
        def f(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, e)
class Meta2(type):
    def __new__(mcls, name, bases, ns):
        cell = ns["__classcell__"]
        other = type.__new__(mcls, "Other", (), {"__classcell__": cell})
        return super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k != "__classcell__"})
try:
    class Y(metaclass=Meta2):
        def f(self):
            return __class__
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Z", (), {"__classcell__": 5})
except TypeError as e:
    print(type(e).__name__, e)
class Meta3(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class Fine(metaclass=Meta3):
    def f(self):
        return __class__
print(Fine().f() is Fine)
class NoCell:
    def g(self):
        return 1
print("__classcell__" in NoCell.__dict__)
