# Floats inside containers use repr; f-strings and str() agree with repr for floats.
vals = [1.0, 0.1, 1e-07, 1e+16, -0.0, 1 / 3, 2.5e-05, 12345678.9]
print(vals)
print(tuple(vals))
print({v: str(v) for v in vals[:3]})
for v in vals:
    print(f"{v}", str(v), repr(v), "%s" % v, "%r" % v, "{}".format(v), "{!r}".format(v))
print(str(1e16) == repr(1e16), str(0.1 + 0.2))
