# inf, -inf, nan and -0.0: parsing, repr, arithmetic and comparisons.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, float("-0.0"), -0.0, 0.0 * -1)
for s in ["inf", "-inf", "+inf", "Infinity", "  -INFINITY  ", "nan", "-nan", "NaN", "iNf"]:
    print(repr(s), float(s))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, -inf < inf, inf > 1e308)
print(0.0 == -0.0, str(-0.0), repr(0.0 - 0.0), repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-0.0 * 0))
print(inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, 2 ** -inf, 0.5 ** inf, (-inf) ** 3, (-inf) ** 2)
print(int(-0.0), abs(-0.0), abs(-inf), -(-0.0), round(-0.4), repr(round(-0.4, 0)))
print(min(0.0, -0.0), max(0.0, -0.0), min(-0.0, 0.0), sorted([nan, 1.0, 0.5])[1:])
print(inf.is_integer(), (2.0).is_integer(), nan.is_integer(), (-0.0).is_integer())
for bad in ["in", "infinit", "nana", "--inf", "1e", ".", "0x10", "1_", ""]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
