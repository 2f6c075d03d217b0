# super() misuse errors.
class A:
    def m(self):
        return "A.m"
class B(A):
    pass
def free_function():
    return super()
try:
    free_function()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, A()).m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, B())
except TypeError as e:
    print(type(e).__name__, e)
class C(A):
    def m(self):
        return super().missing()
try:
    C().m()
except AttributeError as e:
    print(type(e).__name__, e)
class D(A):
    @staticmethod
    def s():
        return super().m()
try:
    D.s()
except RuntimeError as e:
    print(type(e).__name__, e)
class E(A):
    def m(self):
        del self
        return super().m()
try:
    E().m()
except RuntimeError as e:
    print(type(e).__name__, e)
print(super(B, B()).m())
