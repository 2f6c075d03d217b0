# bytes % args: numeric conversions with flags, width and precision, %c, %s/%b/%r/%a, mapping keys and errors.
print(b"%d %i %u %x %X %o %%" % (42, -1, 7.9, 255, 255, 8))
print(b"%-6d|%+d|% d|%06.2f|%#x|%#o|%#X|%.3d|%5.3x|%-08d|%08d" % (5, 5, 5, 3.14159, 255, 8, 255, 5, 10, 3, -3))
print(b"%+.2e|% g|%G|%#g|%#.0f|%.0e|%5.1f|%-8.3F|" % (12345.678, 1e-5, 1e20, 1.0, 2.0, 5.0, float("nan"), float("-inf")))
print(b"%*d|%.*f|%-*d|" % (5, 3, 2, 3.14159, 4, 1), b"%x %d" % (2 ** 70, -2 ** 70), b"%i" % True, b"%d" % 2.7)
print(b"%c%c|%5c|%-3c|" % (104, b"i", 65, bytearray(b"b")), b"%s and %b" % (b"bytes", bytearray(b"ba")), b"%5s|%-5s|%.1s" % (b"ab", b"ab", b"xyz"))
print(b"%r %a %r" % ("é", "x", b"\xff"), b"%(k)s %(n)d" % {b"k": b"v", b"n": 3}, b"no args" % {}, b"no args" % [])
class B:
    def __bytes__(self):
        return b"from __bytes__"
print(b"%s" % B(), bytearray(b"%d-%s") % (1, b"x"), type(bytearray(b"%d") % 1).__name__)
cases = [(b"%s", "str"), (b"%b", 1), (b"%c", 256), (b"%c", "a"), (b"%c", b"ab"), (b"%d", b"1"), (b"%x", 1.5), (b"%f", "x"),
         (b"%y", 1), (b"%s %s", (b"a",)), (b"%d", (1, 2)), (b"no", 5), (b"%(a)s", 5), (b"%(a", {b"a": 1}), (b"%", ()),
         (b"%(a)s %s", {b"a": b"x"}), (b"%5%|", ()), (b"%5%|", (1,)), (b"%e", 10 ** 400), (b"%d", float("inf"))]
for fmt, arg in cases:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(fmt, type(e).__name__, e)
