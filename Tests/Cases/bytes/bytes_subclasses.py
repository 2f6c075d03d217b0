# Subclasses of bytes and bytearray: construction, repr, methods returning the base type, dunder fallbacks.
class B(bytes):
    def extra(self):
        return len(self) * 2
class BA(bytearray):
    pass
b = B(b"hello")
print(b, repr(b), type(b).__name__, b.extra(), b + b"!", type(b + b"!").__name__, b[1:3], type(b[1:3]).__name__, b[0])
print(len(b), b == b"hello", hash(b) == hash(b"hello"), b.upper(), type(b.upper()).__name__, list(b)[:2], b"ell" in b)
print(B(), B(3), B([65]), isinstance(b, bytes), B.fromhex("41"), type(B.fromhex("41")).__name__, bool(B()), bool(b))
ba = BA(b"xy")
ba.append(122)
ba[0] = 65
print(ba, repr(ba), len(ba), ba + b"1", type(ba + b"1").__name__, ba * 2, ba == b"Ayz", repr(BA.fromhex("41")))
print(type(ba.upper()).__name__, list(ba), 122 in ba, type(BA(b"q").copy()).__name__, ba.pop(), ba)
del ba[0]
print(ba, bytes.__len__(b"abc"), bytes.__getitem__(b"abc", 1), bytearray.__contains__(bytearray(b"a"), 97))
for call in [lambda: bytes.upper(5), lambda: bytes.upper(), lambda: bytes.upper(bytearray(b"a")), lambda: bytearray.upper(b"a")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
