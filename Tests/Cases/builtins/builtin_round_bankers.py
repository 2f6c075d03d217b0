# round() uses round-half-to-even; ndigits may be negative; return types differ.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]])
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(0.125, 2), round(-1.25, 1))
print(round(5), round(5, 2), round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(123.456, -1), round(123.456, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, type(round(True)).__name__)
print(round(10 ** 20 + 0.5), round(1e100), round(1.5e15, -15), round(3.14159, 10), round(3.0, 400))
class Money:
    def __round__(self, ndigits=None):
        return f"Money.__round__({ndigits})"
print(round(Money()), round(Money(), 2), round(Money(), None))
for bad in [lambda: round("1.5"), lambda: round(1.5, "1"), lambda: round(float("nan")), lambda: round(float("inf"))]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
