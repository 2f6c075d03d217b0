# complex equals ints, floats and bools with a zero imaginary part, hashes like them, and refuses ordering.
print(1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, 2j != 2j, (1 + 2j) == complex(1, 2), 0j == False, (1 + 0j) == True, 1j == None, 1j != "x")
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(float(2 ** 70)) == 2 ** 70, 1 == 1 + 0j, 1.0 != 1 + 0j, complex(float("nan")) == complex(float("nan")))
print(hash(1 + 0j) == hash(1), hash(0j), hash(1j), hash(2 - 3j), hash(complex(-1, 0)), hash(complex(0.5, 0.5)), hash(complex(float("inf"), 0)))
d = {1: "a", 1 + 0j: "b", 2.0: "c", 2 + 0j: "d", 1j: "e"}
print(d, d[1j], 1j in [1j], (1 + 0j) in [1], [1, 2].index(2 + 0j))
for op in ["<", ">", "<=", ">="]:
    try:
        if op == "<":
            1j < 2j
        elif op == ">":
            1j > 1
        elif op == "<=":
            1.0 <= 1j
        else:
            1j >= 1j
    except TypeError as e:
        print(op, type(e).__name__, e)
for name, conv in [("int", int), ("float", float), ("round", round)]:
    try:
        conv(1 + 2j)
    except TypeError as e:
        print(name, type(e).__name__, e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print(type(e).__name__, e)
print(max([1j, 2j], key=abs), min([3 + 4j, 1j, -2], key=abs))
for v in [0j, -0j, complex(0, -0.0), 1e-320j, complex(float("nan"), 0), 1 + 0j]:
    print(repr(v), bool(v), not v)
