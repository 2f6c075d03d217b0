# str.encode / bytes.decode with utf-8, ascii and latin-1, and error handlers.
s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode("latin-1", "replace"))
for errors in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
    print(errors, s.encode("ascii", errors))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-8", "replace"))
b = s.encode()
print(b.decode(), b.decode("utf-8"), b.decode("latin-1"), len(b), len(s))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"abc", encoding="ascii"))
