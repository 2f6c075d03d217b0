# Constructors of list, tuple, dict, int, float, bool, str reject wrong argument counts and keywords; int/float parse edge cases.
tests = [lambda: list(x=1), lambda: tuple(x=1), lambda: list(1, 2), lambda: tuple(1, 2), lambda: dict(1, 2),
         lambda: int("12", base=10), lambda: int(x="1"), lambda: int("1", 2, 3), lambda: float(x=1), lambda: float(1, 2),
         lambda: range(1, x=2), lambda: int(base=10), lambda: bool(1, 2), lambda: bool(x=1), lambda: str(1, 2, 3, 4),
         lambda: list([1], [2]), lambda: dict([(1, 2)], [(3, 4)]), lambda: set(1, 2), lambda: int("0b12", 0),
         lambda: int("  0x_1f ", 16), lambda: int("1_", 10), lambda: int("٣", 10), lambda: int("1" * 5000, 16) > 0,
         lambda: int(" +0o17 ", 0), lambda: float("1e1_0"), lambda: float("_1"), lambda: float("1__0"), lambda: float(" nan ") != 0,
         lambda: float("in f"), lambda: float("\u20281.5\u2029"), lambda: int("\u20281\u2029")]
for i, t in enumerate(tests):
    try:
        print(i, repr(t())[:60])
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
