# Decoding bytes: UnicodeDecodeError messages and error handlers.
data = b"ok \xff\xfe caf\xc3\xa9 \xe2\x82"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, repr(data.decode("utf-8", errors)))
for raw in [b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"a\x80b", b"\xf4\x90\x80\x80", b"\xc0\xaf"]:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(raw, type(e).__name__, e)
        print("  ", e.encoding, e.start, e.end, e.reason, e.object)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\x80\xff".decode("latin-1"), b"abc".decode("ascii"), b"\xef\xbb\xbfx".decode("utf-8"), b"\xef\xbb\xbfx".decode("utf-8-sig"))
print(repr(b"\xff".decode("utf-8", errors="replace")), str(b"\xff", "utf-8", "ignore") == "")
