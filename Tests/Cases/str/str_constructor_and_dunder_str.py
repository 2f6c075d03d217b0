# str() of objects: __str__ / __repr__ fallbacks, bytes with encoding, and errors.
class R:
    def __repr__(self):
        return "R-repr"
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
class Bad:
    def __str__(self):
        return 42
class BadRepr:
    def __repr__(self):
        return None
print(str(R()), repr(R()), str(S()), repr(S()), [S()], (R(),), {"k": S()}, f"{S()}", f"{S()!r}")
print(str(), str(123), str(1.5), str([1, "a"]), str(("a",)), str({"a": 'b"c'}), str(None), str(str))
print(str(b"abc"), str(b"abc", "ascii"), str(bytearray(b"x"), "utf-8"), str(b"\xffx", "utf-8", "replace"))
for call in [lambda: str(Bad()), lambda: repr(BadRepr()), lambda: str(BadRepr()), lambda: str(1, "utf-8"),
             lambda: str("a", "utf-8"), lambda: print(Bad())]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
class MyStr(str):
    pass
m = MyStr("hi")
print(str(m), type(str(m)).__name__, type(m + "!").__name__, type(m.upper()).__name__, m == "hi")
