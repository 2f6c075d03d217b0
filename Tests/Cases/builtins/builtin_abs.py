# abs() for ints, floats, complex, bools and objects with __abs__.
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(3 - 4j), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
print(type(abs(True)).__name__, type(abs(-1.0)).__name__, type(abs(1j)).__name__)
class Dist:
    def __abs__(self):
        return "custom abs"
print(abs(Dist()))
for bad in ["x", [1], None]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
