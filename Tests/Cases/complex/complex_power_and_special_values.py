# Complex powers, infinities and nan in arithmetic.
print((1 + 2j) ** 2, (1 + 2j) ** 0, (1 + 2j) ** 1, (1 + 2j) ** -2, (2 + 0j) ** 0.5, (-1 + 0j) ** 0.5)
print(1j ** 4, 1j ** 5, (1j) ** -1, (0.5 + 0.5j) ** 3, 2 ** (1 + 1j), (1 + 1j) ** (1 - 1j))
inf = float("inf")
nan = float("nan")
print(complex(inf, 0) * 2, complex(inf, 1) + 1, complex(nan, 0) == complex(nan, 0), complex(1, inf) * 0)
print(complex(1, 2) / complex(3, 4), complex(1e300, 1e300) / 1e300)
print(abs(complex(inf, nan)), abs(complex(nan, inf)), abs(complex(nan, 1)), abs(complex(3, 4)))
try:
    (10 + 10j) ** 1000
except OverflowError as e:
    print(type(e).__name__, e)
print((1 + 1j) ** 100, (-2j) ** 3)
