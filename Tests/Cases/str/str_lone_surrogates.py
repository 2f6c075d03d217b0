# Strings holding lone surrogates behave as strings: len, ==, hash, indexing, slicing,
# concatenation, repetition, ordering, dict keys, repr/ascii, encode handlers, round trips.
s = chr(0xD800)
t = "a" + s + "b"
print(len(s), len(t), repr(t), ascii(t), t[1] == s, ord(t[1]), repr(t[1:]), repr(t[::-1]))
print(s == "\ud800", s != "\ufffd", s == "\ufffd", hash(s) == hash("\ud800"), {s: 1}.get("\ud800"), {s: 1}.get("\ufffd"))
print(repr(s * 3), len(s * 3), repr(s + s), "\ud7ff" < s < "\ue000", sorted(["\ue000", s, "a"]) == ["a", s, "\ue000"])
print(repr("\udc80abc"[0]), repr(str(t)), repr(str(s)), repr("%r" % s), s in t, t.startswith("a"))
raw = b"caf\xe9 \xff\x80"
text = raw.decode("utf-8", "surrogateescape")
print(repr(text), len(text), text.encode("utf-8", "surrogateescape") == raw, text.encode("latin-1", "surrogateescape"))
for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogatepass", "surrogateescape"]:
    try:
        print(errors, t.encode("utf-8", errors))
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e, e.start, e.end)
print(repr(b"\xed\xa0\x80\xed\xb0\x80".decode("utf-8", "surrogatepass")), repr(b"a\xed\xb2\x80".decode("utf-8", "surrogatepass")))
for bad in [b"\x80\x00", b"a\x00\x80", b"\xe2\x82"]:
    try:
        print(repr(bad.decode("utf-8", "surrogateescape")), repr(bad.decode("ascii", "surrogateescape")))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    "\udc41".encode("ascii", "surrogateescape")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(repr(chr(0xDFFF)), repr(chr(0xDBFF) + chr(0xDC00)), len(chr(0xDBFF) + chr(0xDC00)))
