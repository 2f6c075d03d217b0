# complex attributes are floats; subclasses; bool of complex.
z = complex(2, -3)
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), z.__neg__(), z.__abs__())
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(1e-300, 0)))
print((1j).__add__(1), (1j).__radd__(2.5), (1j).__add__("x"), (1j).__rtruediv__(1))
try:
    z.real = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Z(complex):
    def __repr__(self):
        return "Z" + complex.__repr__(self)
w = Z(1, 2)
print(repr(w), w + 1, type(w + 1).__name__, type(w.conjugate()).__name__, isinstance(w, complex))
print(complex.__name__, type(1j).__mro__[0].__name__, len(type(1j).__mro__))
print(3 * 1j + 1 - 1j, 1j * 1.0, 1j * True, 1j + False)
