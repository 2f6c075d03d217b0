# int() from strings, bases, floats and objects, with exact error messages.
cases = [("42",), ("  -17\n",), ("+8",), ("1_000_000",), ("ff", 16), ("0xff", 16), ("0xff", 0),
         ("0o17", 0), ("0b101", 0), ("z", 36), ("Z", 36), ("777", 8), ("10", 2), ("0", 0),
         ("00", 0), ("١٢٣",), ("abc",), ("",), ("1.5",), ("1__0",), ("_1",), ("010", 0),
         ("12", 1), ("12", 37), ("0x", 16), ("9", 8), (" ",)]
for args in cases:
    try:
        print(repr(args), int(*args))
    except (ValueError, TypeError) as e:
        print(repr(args), type(e).__name__, e)
for x in [3.9, -3.9, 0.0, -0.0, 1e20, 2.5, True, False]:
    print(repr(x), int(x))
for bad in [float("inf"), float("-inf"), float("nan"), None, [1], 1j]:
    try:
        int(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"12"), int(bytearray(b"  7 ")), int("12", base=5), int())
class HasIndex:
    def __index__(self):
        return 7
class HasInt:
    def __int__(self):
        return 8
print(int(HasIndex()), int(HasInt()))
