# complex() parsing errors, __complex__, and format specs for complex.
for s in ["1+2j", "1 + 2j", "abc", "1+", "(1+2j", "j1", "1jj", "", "1e", "(1)", "1+2J"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
print(complex(1j, 1j), complex(1 + 1j, 2), complex(real=3, imag=-1), complex(imag=2))
class C:
    def __complex__(self):
        return 5 - 6j
class FloatOnly:
    def __float__(self):
        return 2.5
print(complex(C()), complex(FloatOnly()), complex(True, False))
c = 1.23456 - 7.89012j
for spec in ["", ".2f", "10.1f", "^30", "<30.3e", "+.1f", ".3g", "g", "e", "*>40"]:
    print(repr(spec), repr(format(c, spec)))
print(format(1j, ""), format(1j, "g"), format(0j, ".1f"), format(-0j, ""), f"{2+0j:}")
for spec in ["d", "=10", "010"]:
    try:
        format(c, spec)
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
