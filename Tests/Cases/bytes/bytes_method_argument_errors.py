# Argument errors of bytes methods follow each method's calling convention (METH_O, varargs, clinic).
calls = [lambda: b"a".count(), lambda: b"a".count(1, 2, 3, 4), lambda: b"a".count(x=1), lambda: b"a".split(1, 2, 3),
         lambda: b"a".split(sepx=1), lambda: b"a".upper(1), lambda: b"a".upper(x=1), lambda: b"a".replace(b"a"),
         lambda: b"a".replace(b"a", b"b", 1, 2), lambda: b"a".replace(b"a", b"b", count=1), lambda: b"a".join(),
         lambda: b"".join(5), lambda: b"a".join(["x"]), lambda: b"a".center(), lambda: b"a".center(5, "x"),
         lambda: b"a".center(5, b"xy"), lambda: b"abc".center(5.5), lambda: b"a".decode(errors=1),
         lambda: b"a".decode("utf-8", encoding="x"), lambda: b"a".hex(1, 2, 3), lambda: b"x".hex(None),
         lambda: b"a".split(maxsplit="x"), lambda: b"a".zfill("x"), lambda: b"a".expandtabs(tabsize="x"),
         lambda: b"a".translate(table=None), lambda: b"ab".translate(b"x"), lambda: bytes.maketrans(b"ab", b"a"),
         lambda: bytes.maketrans(), lambda: bytes.maketrans(b"a", "b"), lambda: b"abc".removeprefix("a"),
         lambda: b"abc".partition(b""), lambda: b"abc".partition("b"), lambda: b"x".ljust(3, "a"), lambda: b"x".split(maxsplit=None)]
for n, call in enumerate(calls):
    try:
        print(n, repr(call()))
    except (TypeError, ValueError) as e:
        print(n, type(e).__name__, e)
print(b"a".translate(None, delete=b"a"), b"abc".translate(None, b"b"), b"x".ljust(-5), b"x".hex(sep=":", bytes_per_sep=2))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), bytes.maketrans(b"", b"")[:5], b"hELLO".capitalize(), b"a1 b2".title(), b"".capitalize())
