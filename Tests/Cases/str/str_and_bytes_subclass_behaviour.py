# Instances of str and bytes subclasses: methods return exact str/bytes, dunders called
# directly, __init__ of a str subclass, and encodings of astral characters.
class S(str):
    pass
s = S("abc")
print(repr(s), str(s), s.upper(), type(s.upper()).__name__, s[0], s * 2, 2 * s, s + s, len(s), "b" in s, list(s), s == "abc", s < "abd")
print(hash(s) == hash("abc"), {s: 1}["abc"], format(s, ">5"), f"{s}", "%s" % s, "{}".format(s), s.join(["x", "y"]), S(), repr(S("q")))
print(isinstance(s, str), issubclass(S, str), S.__mro__, type(str(s)).__name__, type(s[:]).__name__, type(s.strip()).__name__)
print(s.__class__.__name__, s.__len__(), s.__contains__("a"), s.__getitem__(1), s.__add__("d"), s.__mul__(2), s.__mod__(()) if False else "")
class WithInit(str):
    def __init__(self, v):
        self.extra = v * 2
w = WithInit("hi")
print(w, w.extra, w.__dict__)
class B(bytes):
    pass
b = B(b"xy")
print(repr(b), b + b"z", b[0], b.upper(), type(b.upper()).__name__, len(b), b == b"xy", bytes(b), type(bytes(b)).__name__)
print(str.__new__(S, "z"), type(str.__new__(S, "z")).__name__, str.__len__("ab"), str.__eq__("a", "a"), str.__lt__("a", 1))
print(int("٣"), float(" 1.5 "), int(" 10 ", 16), str(1e100), str(-0.0), repr(1.5e-7), str(2**70))
print(chr(0x1F600).encode("utf-8"), "😀".encode("utf-16-le"), len("😀".encode("utf-16")), "😀"[0], ord("😀"))
