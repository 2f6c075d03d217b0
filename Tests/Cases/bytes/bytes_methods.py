# bytes methods mirror str methods and return bytes.
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"a b".rsplit(None, 1), b"x\ny\r\nz".splitlines())
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b.replace(b"l", b"L"), b.replace(b"l", b"L", 1))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"bc")), b"abc".center(9, b"*"), b"7".zfill(4))
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"abc".ljust(5, b"-"), b"abc".rjust(5))
print(b"hello".capitalize(), b"a\tb".expandtabs(4), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcabc".translate(None, b"b"), bytes.maketrans(b"", b"")[:5])
print(b"AbC1 ".isalpha(), b"abc".isalpha(), b"123".isdigit(), b"abc123".isalnum(), b" \t".isspace(), b"Ab Cd".istitle())
print(b"\xe9".isalpha(), b"ABC".isupper(), b"abc".islower(), b"\x80".isascii(), b"a".isascii())
for call in [lambda: b"a".join(["x"]), lambda: b"a".split(""), lambda: b"a".replace("a", "b"), lambda: b"abc".index(b"z")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
