# printf-style formatting of bytes (PEP 461): %b/%s take bytes-like, %a is ascii().
print(b"%d %i %x %X %o %c %c %%" % (42, -1, 255, 255, 8, 65, b"z"))
print(b"%s and %b" % (b"bytes", bytearray(b"ba")), b"%5s|%-5s|" % (b"ab", b"ab"), b"%.1s" % b"xyz")
print(b"%a %r" % ("é", "x"), b"%(k)s" % {b"k": b"v"}, b"%05.1f" % 2.25, b"%e" % 1.5)
class B:
    def __bytes__(self):
        return b"from __bytes__"
print(b"%s" % B(), b"%s" % memoryview(b"mv"))
for fmt, arg in [(b"%s", "str"), (b"%b", 1), (b"%c", 256), (b"%c", "a"), (b"%c", b"ab"), (b"%d", b"1"),
                 (b"%y", 1), (b"%s %s", (b"a",))]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print(bytearray(b"%d-%s") % (1, b"x"), type(bytearray(b"%d") % 1).__name__)
