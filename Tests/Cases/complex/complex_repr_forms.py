# repr/str of complex numbers: parentheses, signed zeros, inf/nan parts.
values = [1j, -1j, 1 + 2j, 1 - 2j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0),
          complex(1.5, 0), complex(1e20, 1e-20), complex(float("inf"), float("nan")),
          complex(float("-inf"), -1), complex(0, float("inf")), 2.5j, complex(1, 1e16),
          complex(0.1, 0.2), 1e300j * 1e300j]
for v in values:
    print(repr(v), str(v), v.real, v.imag)
print([1j, (2 + 0j)], (3 - 4j,), f"{1 + 1j}", "%s %r" % (2j, -2j))
print(complex(), complex(2), complex(2.5, -1), complex("1+2j"), complex(" (3-4j) "), complex("j"))
print(complex("-1.5e3-2.5E-2J"), complex("inf+nanj"), complex("1"), complex("-j"))
