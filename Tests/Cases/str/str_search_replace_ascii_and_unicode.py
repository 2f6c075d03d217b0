# find/rfind/index/count/startswith/endswith/replace/partition/in with ASCII and non-ASCII
# haystacks and needles, start/end bounds (negative, past the end), and empty needles.
hays = ["abracadabra", "", "aaaa", "caf\xe9 caf\xe9", "x\u20acy\u20acz", "\U0001F600a\U0001F600b", "e\u0301e"]
needles = ["", "a", "bra", "aa", "\xe9", "caf\xe9", "\u20ac", "\U0001F600", "e", "\u0301", "zz"]
for h in hays:
    for n in needles:
        row = [h.find(n), h.rfind(n), h.count(n), n in h, h.startswith(n), h.endswith(n)]
        for start, end in [(1, None), (-3, None), (0, -1), (2, 3), (10, 20), (-100, 100), (3, 1)]:
            row.append((h.find(n, start, end), h.rfind(n, start, end), h.count(n, start, end),
                        h.startswith(n, start, end), h.endswith(n, start, end)))
        print(repr(h), repr(n), row)
for h, old, new in [("abracadabra", "a", "A"), ("abracadabra", "bra", ""), ("aaaa", "aa", "b"), ("abc", "", "-"),
                    ("", "", "x"), ("", "a", "b"), ("caf\xe9", "\xe9", "e"), ("caf\xe9", "", "|"),
                    ("x\u20acy", "\u20ac", "EUR"), ("hello", "l", "\xe9\xe9"), ("e\u0301e", "e", "E"),
                    ("aaa", "a", "aa"), ("abc", "abcd", "x")]:
    print(repr(h), [h.replace(old, new, c) for c in [-1, 0, 1, 2, 100]])
for h, sep in [("k=v=w", "="), ("kvw", "="), ("caf\xe9=x", "="), ("a\xe9b\xe9c", "\xe9"), ("abc", "abc"), ("ab", "abc")]:
    print(repr(h), h.partition(sep), h.rpartition(sep))
print("abc".startswith(("x", "b", "a")), "abc".endswith(("x", "bc"), 0, 3), "caf\xe9".endswith(("\xe9", "z")))
for call in [lambda: "abc".replace(1, "x"), lambda: "abc".replace("a", 2), lambda: "abc".count(None),
             lambda: "abc".find("a", "x"), lambda: 5 in "abc", lambda: "abc".partition(1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
