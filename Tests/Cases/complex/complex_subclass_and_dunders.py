# complex subclasses keep their overrides; inherited number dunders return plain complex; explicit dunder calls.
class Z(complex):
    def __add__(self, other):
        return "Z.__add__"
class W(complex):
    pass
z = Z(1, 2)
w = W(3, 4)
print(z + 1, 1 + z, z - 1, z * 2, z / 2, -z, abs(w), z == 1 + 2j, z.real, z.imag, type(z.conjugate()).__name__)
print(w + 1, type(w + 1).__name__, type(+w).__name__, type(-w).__name__, repr(w), hash(w) == hash(3 + 4j), w != 3 + 4j, bool(W()))
print(complex(w), type(complex(w)).__name__, W(w), type(W(1j)).__name__, isinstance(w, complex), W.__mro__[1].__name__)
print((1j).__add__(1), (1j).__radd__(2.5), (1j).__add__("x"), (1j).__rtruediv__(1), (2j).__sub__(1j), (2j).__rsub__(1))
print((1j).__eq__(1j), (1j).__ne__(1), (1j).__lt__(2j), (1 + 0j).__eq__(True), (1j).__bool__(), (0j).__bool__(), (3 + 4j).__abs__())
print((1j).__neg__(), (1j).__pos__(), (1j).__complex__(), (1 + 2j).__getnewargs__(), (1j).__repr__(), complex.__repr__(w))
for call in [lambda: complex.conjugate(5), lambda: complex.__add__(), lambda: (1j).__add__(), lambda: setattr(1j, "real", 2)]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
