# %-formatting: literal text (ASCII and not) around directives, the plain %s/%d cases and
# their flagged variants, mapping keys, %c, %%, and errors whose index counts code points.
rows = [
    ("%d:%s", (5, "x")),
    ("%i|%d|%s", (-3, True, "\xe9\u20ac")),
    ("caf\xe9 %s \U0001F600 %d", ("na\xefve", 10**20)),
    ("%5d|%-5d|%05d|%+d|% d|%.3d", (42, 42, 42, 42, 42, 7)),
    ("%s|%5s|%-5s|%.2s|%r|%a", ("abc", "ab", "ab", "\xe9\xe8\xea", "q\xe9", "q\xe9")),
    ("%x|%X|%#x|%o|%#o|%e|%g|%5.2f", (255, 255, 255, 8, 8, 1.5, 0.0001, 3.14159)),
    ("%c%c%c", (65, "\xe9", 0x1F600)),
    ("100%% %s", ("done",)),
    ("%s %s", ([1, 2], (3,))),
    ("%d %s", (3.9, 3.9)),
    ("%*d|%-*d|%.*f", (5, 1, 5, 1, 2, 3.14159)),
]
for fmt, args in rows:
    print(repr(fmt % args))
print(repr("%(name)s=%(val)04d %(name)r" % {"name": "k\xe9", "val": 7}))
print(repr("%s" % "single"), repr("%d" % 7), repr("%s" % (("tuple",),)), repr("no directives" % ()))
class S(str):
    def __str__(self):
        return "custom"
class I(int):
    pass
print(repr("%s|%d|%s" % (S("raw"), I(5), I(6))))
for fmt, args in [("%d", ("x",)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("caf\xe9 %y", (1,)), ("\xe9\xe9%\xe9", (1,)),
                  ("%(k)s", (1,)), ("%(k", {"k": 1}), ("%", ()), ("%c", (-1,)), ("%c", ("ab",)), ("%x", (1.5,))]:
    try:
        print(repr(fmt % args))
    except (ValueError, TypeError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
