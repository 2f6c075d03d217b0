# int.to_bytes and int.from_bytes: byte order, signedness, defaults and overflow errors.
print((1000).to_bytes(2, "big"), (1000).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"))
print((255).to_bytes(), (2 ** 64).to_bytes(9, "little"), (-129).to_bytes(2, byteorder="big", signed=True), (5).to_bytes(length=3))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes([1, 2], "little"), int.from_bytes(b"", "big"), int.from_bytes(b"\x01\x00"))
print(int.from_bytes(b"\x00" * 9 + b"\x01", "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True), int.from_bytes(b"\xff" * 10, "little"))
for value in [0, 1, -1, 127, -128, 255, 2 ** 63, -2 ** 63, 2 ** 100 + 7]:
    data = value.to_bytes(16, "little", signed=True)
    print(value, int.from_bytes(data, "little", signed=True) == value, data[:3])
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
             lambda: (1).to_bytes(-1, "big"), lambda: (128).to_bytes(1, "big", signed=True), lambda: int.from_bytes("ab", "big"),
             lambda: int.from_bytes(5, "big"), lambda: int.from_bytes([256], "big")]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
