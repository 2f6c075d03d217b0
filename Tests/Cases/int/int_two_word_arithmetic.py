# Arithmetic, shifts, powers and bitwise operators around the 64- and 128-bit boundaries,
# where pyvm switches between machine ints, 128-bit arithmetic and BigInt.
vals = [0, 1, -1, 2**63-1, -2**63, 2**63, -2**63-1, 2**64, -2**64, 2**100+7, -(2**100)-3,
        2**126, -2**127, 2**127-1, 2**127, -2**127-1, 2**200, -2**200+5, 12345678901234567890]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
       ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b), ("divmod", divmod)]
for a in vals:
    for name, f in ops:
        row = []
        for b in vals:
            try:
                row.append(f(a, b))
            except Exception as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(a, name, row)
    print(a, ">>", [a >> s for s in [0, 1, 5, 63, 64, 65, 100, 126, 127, 128, 200]])
    print(a, "<<", [a << s for s in [0, 1, 5, 63, 64, 65, 100, 126, 127, 128]])
    print(a, "~", ~a, -a, abs(a))
for x in range(-12, 13):
    print(x, [x ** p for p in range(0, 70, 9)])
print(3 ** 40, (-3) ** 39, 2 ** 62, 2 ** 63, (-2) ** 63, (-2) ** 64, 7 ** 22, 7 ** 23)
