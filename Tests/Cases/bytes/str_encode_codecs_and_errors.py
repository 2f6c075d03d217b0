# str.encode with utf-8, ascii and latin-1, their aliases, error handlers and UnicodeEncodeError.
s = "aé€😀b"
print(s.encode(), s.encode("utf-8"), "x".encode("utf-8-sig"), "é".encode("UTF8"), "é".encode("utf_8"), "é".encode("u8"))
for encoding in ["ascii", "latin-1"]:
    for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        print(encoding, errors, s.encode(encoding, errors))
print("é".encode("latin1"), "é".encode("ISO-8859-1"), "é".encode("l1"), "A".encode("us-ascii"), "A".encode("646"))
for text, encoding in [("é€x", "ascii"), ("ab€", "latin-1"), ("€", "ascii"), ("a😀", "ascii")]:
    try:
        text.encode(encoding)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
for call in [lambda: "x".encode("no-codec"), lambda: "é".encode("ascii", "bogus"), lambda: "x".encode(5),
             lambda: "x".encode(errors=1), lambda: "x".encode("ascii", "strict", 3)]:
    try:
        call()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print("x".encode("ascii", "bogus"), "".encode("latin-1"), type("x".encode()).__name__)
e = UnicodeEncodeError("ascii", "x€y", 1, 2, "nope")
print(str(e), repr(e), e.start, isinstance(e, ValueError))
