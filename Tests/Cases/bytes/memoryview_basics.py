# memoryview over bytes and bytearray: a bytes-like object with len, indexing, slicing,
# tobytes/tolist/hex, release and context management.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], bytes(m[1:3]), m[::2].tobytes(), m.tolist()[:3], m.hex(), m.hex(":"), m == b"abcdef", m != b"x")
print(m.readonly, m.nbytes, m.itemsize, m.ndim, m.format, m.shape, m.obj == b"abcdef", type(m).__name__)
ba = bytearray(b"xyz")
v = memoryview(ba)
ba[0] = 65
print(v.tobytes(), bytes(v), bytearray(v), b"-".join([v, b"q"]), b"x" + v, v.readonly, str(v, "ascii"))
print(b"%s|%b" % (v, memoryview(b"m")), bytes(memoryview(memoryview(b"nested"))), list(memoryview(b"\x01\x02")))
for bad in [lambda: memoryview("text"), lambda: memoryview(5), lambda: m[10], lambda: m["x"], lambda: hash(v)]:
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
with memoryview(b"ctx") as w:
    print(w.tobytes())
try:
    w.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
print(repr(w).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
