# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError attributes and str().
try:
    "aé€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(str(e))
try:
    b"ab\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
e = UnicodeDecodeError("utf-8", b"\x80\x81", 0, 2, "custom reason")
print(str(e), e.args)
e = UnicodeEncodeError("latin-1", "x\u1234y", 1, 2, "too big")
print(str(e))
e = UnicodeTranslateError("abc", 1, 2, "no mapping")
print(str(e), e.encoding)
e.start = 0
e.end = 3
print(str(e))
try:
    UnicodeDecodeError("utf-8", "not bytes", 0, 1, "r")
except TypeError as err:
    print(type(err).__name__, err)
