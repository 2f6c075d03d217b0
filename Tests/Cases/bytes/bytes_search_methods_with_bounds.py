# find/rfind/index/rindex/count/startswith/endswith with int or bytes needles and start/end bounds.
b = b"abcabcab"
print(b.find(b"ca"), b.find(b"ca", 3), b.find(b"ca", 3, 5), b.rfind(b"ab"), b.rfind(b"ab", 0, 7), b.find(99), b.rfind(97, -3))
print(b.count(b"ab"), b.count(b"ab", 1), b.count(b""), b.count(b"", 5), b.count(b"", 20), b.count(97, None, 4), b.index(b"c", None, None))
print(b.find(b"", 8), b.find(b"", 9), b.rfind(b""), b.find(b"ab", -100, 100), b.find(b"x"), b.rindex(b"ab"), b.find(bytearray(b"bc")))
print(b.startswith(b"ab"), b.startswith(b"b", 1), b.startswith(b"", 8), b.startswith(b"", 9), b.endswith(b"ab", 0, 2), b.endswith((b"x", b"ab")))
print(b.startswith((b"x", b"y")), b"abc".startswith((b"a", "x")), bytearray(b"abc").endswith(b"bc"), b.find(98, 2 ** 70), b.find(98, -2 ** 70))
for call in [lambda: b.index(b"z"), lambda: b.rindex(b"z"), lambda: b.find("a"), lambda: b.find(300), lambda: b.find(b"a", "x"),
             lambda: b.count(), lambda: b.count(1, 2, 3, 4), lambda: b.count(x=1), lambda: b.startswith("a"),
             lambda: b.startswith(["a"]), lambda: b.startswith((b"z", 1)), lambda: b.startswith()]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
