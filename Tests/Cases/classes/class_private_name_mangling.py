# Names starting with two underscores are mangled to _ClassName__name inside class bodies.
class A:
    __secret = "A secret"
    def __init__(self):
        self.__value = 1
    def get(self):
        return self.__secret, self.__value
    def __dunder__(self):
        return "not mangled"
class B(A):
    __secret = "B secret"
    def get_b(self):
        return self.__secret
    def peek_a(self):
        try:
            return self.__value
        except AttributeError as e:
            return type(e).__name__ + ": " + str(e)
b = B()
print(b.get(), b.get_b(), b.peek_a())
print(sorted(vars(b)), A._A__secret, B._B__secret, hasattr(b, "__secret"), b.__dunder__())
class _Under:
    __x = 1
    def get(self):
        return self.__x
print(_Under().get(), [n for n in vars(_Under) if "x" in n])
class C:
    def f(self):
        __local = 5
        return locals()
print(list(C().f()))
