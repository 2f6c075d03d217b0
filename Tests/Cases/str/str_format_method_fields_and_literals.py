# str.format: literal text around fields (ASCII and not), escaped braces, auto/manual
# numbering, keyword and attribute/index fields, conversions, nested specs, and errors.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(3, -4)
cases = [
    ("{}-{}-{}", (1, "b", 2.5), {}),
    ("{0}{1}{0}", ("ab", "\xe9"), {}),
    ("caf\xe9 {} na\xefve {}!", ("\u20ac", 7), {}),
    ("{{literal}} {{{0}}} }}{{", (5,), {}),
    ("{name}:{value:>8.3f}|{name!r}", (), {"name": "v\xe9", "value": 2.5}),
    ("{0.x},{0.y} {1[0]}{1[1]} {2[k]}", (p, "xy", {"k": "dict"}), {}),
    ("{:08b}|{:^9}|{:,}|{:_x}|{:#o}", (200, "mid", 1234567, 0xABCDEF, 8), {}),
    ("{:{}}|{:{}{}}|{0}", (), {}),
    ("{0:{1}}|{0:>{2}}", ("x", "<5", 4), {}),
    ("{!s:>4}{!r:<6}{!a}", ("s", "r", "\xe9\U0001F600"), {}),
    ("{:d} {:+d} {: d} {:5d} {:<5d}| {:=+6d} {:05d}", (-7, 7, 7, -42, 42, 42, -42), {}),
    ("{} {} {} {}", (True, False, None, -0), {}),
    ("{:x} {:X} {:c} {:n} {:e}", (255, 255, 0xe9, 10**6, 12345), {}),
    ("{} {:d} {:,}", (2**70, -2**70, 2**64), {}),
    ("\U0001F600{}\U0001F600", ("\u20ac",), {}),
    ("", (), {}),
    ("no fields at all", (1,), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(repr("{a}-{b}".format_map({"a": 1, "b": "\xe9"})))
bad = ["{", "}", "{0", "x}y", "{0!}", "{0!x}", "{0!\xe9}", "{0!rr}", "{0.}", "{0[}", "{0[]}", "{0]x}",
       "{} {0}", "{0} {}", "{5}", "{missing}", "{:{:{:}}}", "{0:\xe9<5}", "{0:ss}", "{0:,_}"]
for fmt in bad:
    try:
        print(repr(fmt.format("x", missing_not=1)))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
