# bool is a subclass of int with only two instances; arithmetic yields ints.
print(True + True, True * 10, True - False, -True, ~True, ~False, True / 2, True // 1)
print(type(True + True).__name__, type(True & True).__name__, type(True & 1).__name__)
print(True & False, True | False, True ^ True, False ^ True, True & 3, 2 | False)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__[1].__name__)
print(repr(True), str(False), int(True), float(False), complex(True))
print(bool(0), bool(2), bool(-1), bool(""), bool("False"), bool())
print(True == 1, False == 0, True is bool(1), True == 1.0, hash(True), hash(False))
print({True: "t", 1: "one"}, {0: "zero", False: "f"})
print(sum([True, True, False, True]), max(True, 2), [10, 20][True])
print(True.real, True.imag, True.numerator, (True).bit_length(), True.conjugate())
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(f"{True}", f"{True:d}", f"{True:>6}", "%d %s %r" % (True, True, False), format(False, "05"))
print(True << 3, True ** 10, divmod(True, True), abs(False), round(True))
