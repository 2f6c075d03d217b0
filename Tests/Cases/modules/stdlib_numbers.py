# The stdlib numbers module: the numeric tower of ABCs, with int/float/complex registered.
import numbers
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Integral), isinstance(1.5, numbers.Real))
print(isinstance(2j, numbers.Complex), isinstance(2j, numbers.Real), isinstance(True, numbers.Number))
print(issubclass(numbers.Integral, numbers.Rational), issubclass(float, numbers.Number), isinstance("1", numbers.Number))
print(sorted(numbers.Integral.__abstractmethods__)[:6])
class MyNumber(numbers.Number):
    pass
print(isinstance(MyNumber(), numbers.Number), isinstance(MyNumber(), numbers.Complex))
try:
    numbers.Real()
except TypeError as e:
    print(type(e).__name__, str(e)[:60])
