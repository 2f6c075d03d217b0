# UTF-16 and UTF-32 with and without byte order marks, and their decoding errors.
for text in ["", "a", "é€", "😀x"]:
    for encoding in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF16", "utf_32_be"]:
        data = text.encode(encoding)
        print(encoding, repr(text), data, data.decode(encoding) == text)
print(repr(b"\xfe\xff\x00a".decode("utf-16")), repr(b"\xff\xfea\x00".decode("utf-16")), repr(b"a\x00".decode("utf-16")))
print(repr(b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32")), repr(b"a\x00\x00\x00".decode("utf-32")))
samples = [(b"a", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdcA\x00", "utf-16-le"), (b"\x00\xd8A\x00", "utf-16-le"),
           (b"\x00\xd8a", "utf-16-le"), (b"abcde", "utf-16-be"), (b"\x00\xd8", "utf-32-le"), (b"\x00\xdcA\x00", "utf-32-le"),
           (b"\x00\xd8\x00\x00", "utf-32-le"), (b"abcde", "utf-32-le"), (b"\x00\x00\x11\x00", "utf-32-le")]
for data, encoding in samples:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as e:
        print(data, encoding, type(e).__name__, e, e.start, e.end)
    for errors in ["replace", "backslashreplace", "ignore", "surrogatepass"]:
        try:
            print("  ", errors, repr(data.decode(encoding, errors)))
        except UnicodeDecodeError as e:
            print("  ", errors, type(e).__name__, e)
for encoding in ["utf-16", "utf-16-be", "utf-32-le"]:
    for errors in ["strict", "replace", "surrogatepass", "backslashreplace", "xmlcharrefreplace", "surrogateescape"]:
        try:
            print(encoding, errors, "a\ud800b".encode(encoding, errors))
        except UnicodeEncodeError as e:
            print(encoding, errors, type(e).__name__, e)
