# __int__, __float__, __complex__, __index__ and __round__ conversions.
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __complex__(self):
        return 7 + 1j
    def __index__(self):
        return 3
    def __round__(self, ndigits=None):
        return f"round({ndigits})"
n = Num()
print(int(n), float(n), complex(n), [0, 1, 2, 3][n], hex(n), round(n), round(n, 2))
class OnlyIndex:
    def __index__(self):
        return 5
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class FloatOnly:
    def __float__(self):
        return 2.0
for conv in [int, complex]:
    try:
        print(conv.__name__, conv(FloatOnly()))
    except TypeError as e:
        print(conv.__name__, type(e).__name__, e)
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
