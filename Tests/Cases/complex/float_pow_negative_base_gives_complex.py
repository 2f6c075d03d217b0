# A negative int or float raised to a non-integral float power gives a complex, as float_pow hands it to complex_pow.
for base, exponent in [(-8, 1 / 3), (-8.0, 0.5), (-2, 1.5), (-1, 0.5), (-0.5, 0.25), (-2.0, -0.5), (-1e300, 0.5), (-3, 2.0), (-3, -2.0), (2, -0.5)]:
    r = base ** exponent
    print(base, exponent, repr(r), type(r).__name__, repr(pow(base, exponent)))
x = -4.0
x **= 0.5
print(x, type(x).__name__)
print((-8) ** (1 / 3) == complex(1.0000000000000002, 1.7320508075688772), (-1.0) ** float("inf"), (-2.0) ** float("-inf"))
