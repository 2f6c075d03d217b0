# bytes.decode with strict, replace, ignore and backslashreplace; UnicodeDecodeError spans and attributes.
data = b"ok \xff\xfe caf\xc3\xa9 \xe2\x82 \xe2\x82x \xf0\x9f\x98"
for errors in ["replace", "ignore", "backslashreplace"]:
    print(errors, repr(data.decode("utf-8", errors)), repr(data.decode("ascii", errors)))
for raw in [b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"a\x80b", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xe0\x80\x80",
            b"\xf0\x9f\x98", b"\xf0\x9f\x98x", b"\xe2x\x82", b"\xf5", b"\xc2\xc2"]:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(raw, type(e).__name__, e, "|", e.encoding, e.start, e.end, e.reason, e.object == raw)
try:
    b"ab\x80\x81".decode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e, e.args)
try:
    b"\xff".decode("utf-8", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8", "xmlcharrefreplace")
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".decode("utf-8", "bogus"), repr(b"".decode("no-such-codec")), b"\x80\xff".decode("latin-1") == "\x80\xff")
print(b"\xef\xbb\xbfx".decode("utf-8"), b"\xef\xbb\xbfx".decode("utf-8-sig"), b"x".decode("utf_8_sig"), b"caf\xc3\xa9".decode("UTF8"))
print(bytearray(b"h\xc3\xa9").decode(), str(b"\xff", "utf-8", "replace"), str(b"a", encoding="ascii"), str(bytearray(b"b"), "latin-1"))
for bad in [lambda: str("x", "utf-8"), lambda: str(5, "utf-8"), lambda: b"x".decode(5), lambda: b"x".decode("utf-8", "strict", 1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
