# Bases with unrelated metaclasses produce a metaclass conflict; the most derived metaclass wins.
class MetaA(type):
    pass
class MetaB(type):
    pass
class A(metaclass=MetaA):
    pass
class B(metaclass=MetaB):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class MetaAB(MetaA, MetaB):
    pass
class C(A, B, metaclass=MetaAB):
    pass
print(type(C).__name__)
class SubMetaA(MetaA):
    pass
class D(metaclass=SubMetaA):
    pass
class E(A, D):
    pass
print(type(E).__name__)
class F(A, metaclass=type):
    pass
print(type(F).__name__)
try:
    class G(metaclass=5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
