# Converting between bytes, lists of ints, strings and ints.
b = "Grüße".encode()
print(list(b), tuple(b[:2]), bytes(list(b)) == b, b.decode(), len(b), len(b.decode()))
print(int.from_bytes(b"\x01\x00", "little"), (513).to_bytes(2, "big"), list(bytes(2)), bytes([0]) * 3)
print(str(b), repr(b), ascii(b), f"{b}", "%s" % b, "%r" % b"x", "{!s}".format(b"y"))
total = 0
for byte in b"\x01\x02\x03":
    total += byte
print(total, sum(b"\x10\x20"), max(b"\x05\x09\x01"), sorted(b"cab"), bytes(sorted(b"cab")))
print(b"abc".__iter__().__next__(), list(reversed(b"abc")), list(enumerate(b"ab")), dict(zip(b"ab", b"xy")))
