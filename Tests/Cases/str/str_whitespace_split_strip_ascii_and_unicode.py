# split()/rsplit()/strip() without arguments use Py_UNICODE_ISSPACE: ASCII \t\n\v\f\r, the
# separators \x1c-\x1f and space, plus non-ASCII \x85, \xa0, \u2000-\u200a, \u3000 ...
# (but not \u200b); ASCII-only and mixed strings must agree.
spaces = ["\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", " ", "\x85", "\xa0",
          "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
not_spaces = ["\x00", "\x08", "\x0e", "\x1b", "\x7f", "\u200b", "\ufeff", "a"]
for c in spaces + not_spaces:
    s = "a" + c + "b" + c
    print(hex(ord(c)), s.split(), s.rsplit(), repr((c + "x" + c).strip()), repr((c + "x").lstrip()), repr(("x" + c).rstrip()))
for s in ["", " ", "   ", "a", " a ", "  a  b  c  ", "\x1c\x1dword\x1e\x1f", "\xa0mixed \u3000text\x85",
          "tab\tsep\nnew\rline", "caf\xe9 na\xefve  r\xe9sum\xe9"]:
    print(repr(s), s.split(), s.rsplit(), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    for n in [-5, -1, 0, 1, 2, 10]:
        print("  ", n, s.split(None, n), s.rsplit(None, n), s.split(maxsplit=n))
# Explicit separators: ASCII, multi-character, non-ASCII, overlapping candidates.
for s, sep in [("a,b,,c,", ","), (",,", ","), ("abc", "abc"), ("aaaa", "aa"), ("aaa", "aa"),
               ("x\xe9y\xe9z", "\xe9"), ("\u20ac1\u20ac2\u20ac", "\u20ac"), ("ab\U0001F600cd\U0001F600", "\U0001F600"),
               ("caf\xe9,th\xe9", ","), ("plain ascii", "\xe9"), ("a  b", " "), ("--a--b--", "--")]:
    for n in [-1, 0, 1, 2]:
        print(repr(s), repr(sep), n, s.split(sep, n), s.rsplit(sep, n))
# strip with characters: ASCII and non-ASCII sets, sets with characters absent from the text.
for s, chars in [(",.word,.", ",."), ("xxhixx", "x"), ("\xe9\xe9a\xe9", "\xe9"), ("\xe9a\xe9", "a"),
                 ("abcba", "\xe9ab"), ("", "ab"), ("aaa", "a"), ("  pad  ", None), ("\x85x\x85", "\x85"),
                 ("\U0001F600x\U0001F600", "\U0001F600"), ("abc", "")]:
    print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
for bad in [5, b"x", ["a"]]:
    for name in ["strip", "lstrip", "rstrip"]:
        try:
            getattr("abc", name)(bad)
        except TypeError as e:
            print(type(e).__name__, e)
for bad in [("a", 5), (5,), (None, "x")]:
    try:
        "a b".split(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a b".split(" ", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
