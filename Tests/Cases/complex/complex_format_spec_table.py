# format() of complex across spec forms: no type is like str(), e/f/g/n per part, sign, grouping, alignment and errors.
vals = [1 + 2j, -1.5 - 0.25j, 0j, -0j, complex(-0.0, 0), 1e20j, complex(1e-7, 1e300), complex(float("nan"), float("inf")),
        complex(123456.789, -0.001)]
specs = ["", "g", ".3", ".3g", "e", ".2E", "F", "10.2f", "<25", "^25.1f", ">25g", "*^30", "+", " ", "+.1f", " .1f", "-", ",",
         ",.2f", "_.1f", "#g", "#.0f", "n", ".0f", "20", "x>20"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
for s in ["d", "%", "s", "=10", "010", "0<10", "b", "c", "x", ".2%"]:
    try:
        print(s, format(1 + 1j, s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(f"{3 - 4j:.2f}", f"{1 + 1j:+}", f"{-1.5j: }", f"{1e20 + 1j:,.1f}", (1 + 1j).__format__(".1f"), complex.__format__(2j, "e"), "{:>8}".format(1j))
