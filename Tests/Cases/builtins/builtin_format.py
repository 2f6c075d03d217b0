# format(value, spec) for builtin types.
cases = [(42, ""), (42, "5"), (42, "<5"), (42, "x"), (42, "#b"), (-42, "+"), (3.14159, ".2f"), (3.14159, "e"), (0.5, "%"),
         ("hi", "^6"), ("hi", "*>5"), (True, ""), (None, ""), ([1], ""), (1j, ".1f"), (12345678, ","), (1e21, "")]
for value, spec in cases:
    print(repr(value), repr(spec), repr(format(value, spec)))
print(format(3), format("x"), format(1.0), format(type))
