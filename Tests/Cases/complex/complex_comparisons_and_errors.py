# complex supports == / != (also with ints and floats) but no ordering.
print(1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, 2j != 2j, (1 + 2j) == complex(1, 2), 0j == False)
print(hash(1 + 0j) == hash(1), hash(0j), hash(1j), hash(2 - 3j), hash(complex(-1, 0)), hash(complex(0.5, 0.5)))
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
for conv in [int, float, round]:
    try:
        conv(1 + 2j)
    except TypeError as e:
        print(conv.__name__, type(e).__name__, e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print(type(e).__name__, e)
print(max([1j, 2j], key=abs), min([3 + 4j, 1j, -2], key=abs))
print({1: "a", 1 + 0j: "b"}, 1j in [1j], (1 + 0j) in {1})
