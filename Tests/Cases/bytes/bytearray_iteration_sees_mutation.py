# Iterating a bytearray reads the live buffer; bytes iterators are their own iterators.
ba = bytearray(b"abc")
for x in ba:
    if len(ba) < 6:
        ba.append(x)
print(ba)
it = iter(bytearray(b"xy"))
print(type(it).__name__, next(it), next(it), next(it, "end"))
it2 = iter(b"pq")
print(type(it2).__name__, it2.__next__(), iter(it2) is it2, list(it2), list(it2))
ba2 = bytearray(b"12345")
seen = []
for x in ba2:
    seen.append(x)
    if x == 50:
        del ba2[2:]
print(seen, ba2)
print(sum(b"\x10\x20"), max(b"\x05\x09\x01"), sorted(b"cab"), list(reversed(b"abc")), list(enumerate(b"ab")), dict(zip(b"ab", b"xy")))
