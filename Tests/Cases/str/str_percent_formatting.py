# printf-style formatting of strings with flags, widths and mapping keys.
print("%s|%r|%a|%5s|%-5s|%.2s|%5.1s|" % ("x", "x", "é", "ab", "ab", "abc", "abc"))
print("%d %i %u %x %X %o %#x %#X %#o %c %c %%" % (42, -42, 7, 255, 255, 8, 255, 255, 8, 65, "z"))
print("%5d|%-5d|%05d|%+d|% d|%+05d|%x|%#08x" % (42, 42, 42, 42, 42, -42, -255, 255))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f|%*.*s|" % (5, 1, 5, 2, 2, 3.14159, 6, 2, "abcdef"))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % (None,), "%s %s" % ("a", "b"))
print("%s" % "single", "%%", "no args" % (), "%s" % {"k": "v"}, "%(k)s" % {"k": "v"})
print("%d" % 3.99, "%d" % True, "%x" % 3, "%c" % 0x1F600, "%.3d" % 7, "%10.3d|" % -7)
bad = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ("a",)), ("%z", 1),
       ("%c", 1114112), ("%c", "ab"), ("%(k)s %s", {"k": 1}), ("%", ()), ("%(k", {"k": 1}),
       ("%x", 1.5), ("%*d", ("a", 1)), ("%d", None)]
for fmt, args in bad:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
