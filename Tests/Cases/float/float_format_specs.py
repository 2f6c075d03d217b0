# format() / f-strings with float presentation types.
x = 1234.56789
specs = ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2f", "+.3f", " .1f", "e", ".3e", "E",
         "g", ".3g", ".10g", "G", "%", ".1%", ",", ",.2f", "_.3f", "012.2f", "#.0f", "#g", ".0e",
         "F", "-^15,.1f", "=+12.2f"]
for spec in specs:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
for v in [0.0, -0.0, 1e-10, 1e20, 123456789.0, 0.5, 1.5, 2.5, 1e16, 1.0]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".0f"), format(v, ".2e"), format(v, ".3"))
print(f"{3.14159:.2f} {2.71828:8.3f}| {1e-5:g} {1e-4:g} {123456.0:g} {1234567.0:g}")
print(f"{float('inf'):f} {float('-inf'):F} {float('nan'):e} {float('nan'):E} {float('inf'):+.2%}")
print(format(1.0, ".3"), format(10.0, ".3"), format(1e3, ".3"), format(1e-3, ".3"), format(123.0, ".2"))
