# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio and friends.
for n in [0, 1, -1, 255, 256, -256, 2 ** 100, -(2 ** 100) + 1]:
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((255).to_bytes(), (65535).to_bytes(2))
for args in [(256, 1, "big", False), (-1, 2, "big", False), (128, 1, "big", True), (1, 1, "middle", False)]:
    try:
        args[0].to_bytes(args[1], args[2], signed=args[3])
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80"))
print((10).as_integer_ratio(), (-3).as_integer_ratio(), (5).conjugate())
print((7).real, (7).imag, (7).numerator, (7).denominator)
print(int.__name__, (5).__index__(), (5).__abs__(), (-5).__neg__(), (5).__add__(2))
print((5).__add__(2.0), (5).__radd__(1), (3).__truediv__(2), (3).__rsub__(10))
