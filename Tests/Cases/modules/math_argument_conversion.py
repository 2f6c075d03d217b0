# Arguments: ints of any size, bools, __float__ and __index__ objects; wrong types and counts.
import math
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 9
class Both:
    def __float__(self): return 16.0
    def __index__(self): return 25
print(math.sqrt(F()), math.sqrt(I()), math.sqrt(Both()), math.sqrt(True), math.sqrt(2**100))
for call in ["math.sqrt('4')", "math.sqrt(None)", "math.sqrt(1j)", "math.sqrt()", "math.sqrt(1, 2)",
             "math.sqrt(x=4)", "math.pow(1)", "math.atan2(1, 2, 3)", "math.log()", "math.log(1, 2, 3)",
             "math.copysign(1)", "math.nextafter(1)", "math.ulp()", "math.exp(2**1100)"]:
    try:
        print(call, eval(call))
    except (TypeError, OverflowError) as e:
        print(call, type(e).__name__, e)
class BadFloat:
    def __float__(self): return "not a float"
try:
    math.sqrt(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
