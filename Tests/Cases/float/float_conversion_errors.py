# Conversions between float and other types, with their error messages.
for bad in ["abc", "1.2.3", "", "1e", "0x1A", [1], None, "1,5", "١.٥"]:
    try:
        print(repr(bad), float(bad))
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    float(10 ** 309)
except OverflowError as e:
    print(type(e).__name__, e)
print(float("1e500"), float("-1e500"), float("1e-500"), float(2 ** 1023 + 2 ** 970))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class BadF:
    def __float__(self):
        return "no"
print(float(F()), float(I()))
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
print(int(1e18), int(-1e18), int(1.9999999999999998), int(2.5e-10))
