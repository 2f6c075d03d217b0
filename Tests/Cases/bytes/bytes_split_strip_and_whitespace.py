# bytes split/rsplit/strip/splitlines treat only ASCII whitespace as whitespace; maxsplit keeps the remainder.
s = b"  a b  c "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0), b"a\x1cb\x85c".split(), b"".split())
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,".rsplit(b",", 1), b",".split(b","), b"abc".split(b"abc"), b"aaa".split(b"aa"))
print(b" \x0ba\x0c ".strip(), b"xxaxx".strip(b"x"), b"xxaxx".lstrip(b"x"), b"xxaxx".rstrip(b"x"), b"abc".strip(None), b"\t\n\r\x0b\x0c x".lstrip())
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\nc\rd\n".splitlines(True), b"".splitlines(), b"\n".splitlines(), b"x\x0by".splitlines())
print(b"a\tbc\td\n\te".expandtabs(), b"a\tb".expandtabs(0), b"a\tb".expandtabs(tabsize=3), b"12345\t|".expandtabs(4))
ba = bytearray(b" x y ")
print(ba.split(), ba.strip(), type(ba.split()[0]).__name__, ba.rsplit(b" ", 1))
for call in [lambda: b"a".split(b""), lambda: b"a".split(""), lambda: b"a".strip("a"), lambda: b"a".split(1, 2, 3),
             lambda: b"a".split(sepx=1), lambda: b"a".rsplit(b""), lambda: b"a".splitlines(1, 2)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
