# complex ** : small integral exponents use repeated multiplication, others the polar form; zero bases and errno rules.
inf = float("inf")
pairs = [(complex(inf, 0), 2), (complex(inf, 0), 0.5), (1 + 1j, complex(0, inf)), (2 + 0j, complex(inf, 0)), (1 + 1j, complex(1e300, 1e300)),
         (complex(float("nan"), 0), 2.5), (0.5 + 0j, 2000.5), (0j, 0.0), (0j, 0j), (complex(-0.0, 0), -1), (0j, 1j), (0j, -2),
         (1j, 101), (1j, -101), (1 + 1j, 100), (1 + 1j, -100), (2, 1j), (1j, 1j), (10 + 10j, 1000), ((1 + 1j), 10 ** 30), (1.5 + 0j, 1e-300)]
for a, b in pairs:
    try:
        print(repr(a), repr(b), a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        print(repr(a), repr(b), type(e).__name__, e)
print(pow(1j, 2), pow(2, 0.5j), pow(complex(2), -1), 1j.__pow__(2), 1j.__rpow__(2), (2j).__pow__(2, None))
for call in [lambda: pow(1j, 2, 3), lambda: 1j.__pow__(2, 3), lambda: pow(1.5, 2, 3), lambda: pow(2, 3, 1j)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
