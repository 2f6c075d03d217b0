# complex() from numbers, __complex__, __float__, __index__ and strings (brackets, j forms, underscores, Unicode digits).
class C:
    def __complex__(self):
        return 5 - 6j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class BadC:
    def __complex__(self):
        return 5
print(complex(), complex(1), complex(1, 2), complex(1j, 1j), complex(1 + 1j, 2), complex(real=3, imag=-1), complex(imag=2))
print(complex(C()), complex(F()), complex(I()), complex(True, False), complex(C(), 1), complex(2.5, F()), complex(-0.0, -0.0))
texts = ["1+2j", "1 + 2j", " 1_0+2_0j ", "1__0", "١+٢j", "infj", "-nanj", "1e5J", ".5-.5j", "+j", "-j", "j", "1+ 2j", "( 1+2j )",
         "\t1\n", "(1)", "1e", "abc", "1+", "(1+2j", "j1", "1jj", "", "1+2J", "-1.5e3-2.5E-2J", "inf+nanj", "INFINITY-Infj", "1_", "0x1"]
for s in texts:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
bad = [lambda: complex(None), lambda: complex(1, None), lambda: complex([]), lambda: complex(1, []), lambda: complex("1", 2),
       lambda: complex(1, "2"), lambda: complex(BadC()), lambda: complex(2 ** 1100), lambda: complex(1, C()), lambda: complex(b"1"),
       lambda: complex(x=1), lambda: complex(1, 2, 3)]
for call in bad:
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
