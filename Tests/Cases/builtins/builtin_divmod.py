# divmod() for ints, floats, mixed, and objects; errors.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (2 ** 70, 7), (17.5, 5), (-17.5, 5), (17, 5.5), (True, 2)]:
    print(a, b, divmod(a, b), divmod(a, b) == (a // b, a % b))
class D:
    def __divmod__(self, other):
        return "D.__divmod__"
    def __rdivmod__(self, other):
        return "D.__rdivmod__"
print(divmod(D(), 1), divmod(1, D()))
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [("a", 1), (1j, 1), (1, None)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
