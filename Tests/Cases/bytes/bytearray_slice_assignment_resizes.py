# Slice assignment on bytearray can grow, shrink, and accepts iterables of ints.
ba = bytearray(b"0123456789")
ba[2:5] = b""
print(ba)
ba[0:0] = b"ab"
print(ba)
ba[-1:] = [65, 66, 67]
print(ba)
ba[3:4] = bytearray(b"xyz")
print(ba)
ba[:] = range(97, 101)
print(ba)
ba[1:3] = ba
print(ba)
ba[len(ba):] = b"!"
print(ba)
for value in [1, "str", [300], [1.5]]:
    try:
        ba[0:1] = value
    except (TypeError, ValueError) as e:
        print(repr(value), type(e).__name__, e)
try:
    ba[::2] = b"too many bytes here"
except ValueError as e:
    print(type(e).__name__, e)
del ba[1:100]
print(ba)
