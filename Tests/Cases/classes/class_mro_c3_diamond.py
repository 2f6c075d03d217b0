# C3 linearisation of diamond and more complex hierarchies.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in [K1, K2, K3, Z]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
class Top:
    def who(self):
        return "Top"
class Left(Top):
    def who(self):
        return "Left>" + super().who()
class Right(Top):
    def who(self):
        return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self):
        return "Bottom>" + super().who()
print(Bottom().who(), [c.__name__ for c in Bottom.mro()], Bottom.__bases__ == (Left, Right))
print([c.__name__ for c in bool.__mro__], [c.__name__ for c in type.__mro__], object.__bases__, object.__mro__ == (object,))
