# A class body runs in the namespace __prepare__ returns; its names read that namespace, then globals.
class Meta(type):
    def __prepare__(name, bases):
        print("prepare", name)
        return {"injected": 42}

class WithPrep(metaclass=Meta):
    val = injected + 1
    names = sorted(locals().keys())

print(WithPrep.val, WithPrep.names)
x = 10
class Cls:
    x = x + 1
print(Cls.x, x)

def in_function():
    y = 5
    class Inner:
        z = y  # only read here, so y is the function's cell (LOAD_CLASSDEREF)
        w = z * 2
    return Inner.z, Inner.w

print(in_function())
