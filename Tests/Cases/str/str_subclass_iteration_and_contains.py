# `in` and iteration on str subclasses and with combining characters work code point by
# code point, as str does.
class S(str):
    pass
s = S("abc")
print("b" in s, "" in s, "abcd" in s, list(s), [c for c in s], tuple(S("é😀")), sorted(S("cab")))
print("e" in "e\u0301", "\u0301" in "e\u0301", "e\u0301" in "xe\u0301y", "\u00e9" in "e\u0301", list("e\u0301"))
try:
    1 in s
except TypeError as e:
    print(type(e).__name__, e)
w = "the quick brown fox " * 50
print(w[3:9], w[::97], w[-5:], len(w[1:-1]), w[5:2], repr(S("xyz")[::-1]), "quick" in w, "quack" in w)
t = ""
for i in range(300):
    t += chr(97 + i % 26)
print(len(t), t[:5], t[-3:], t.isascii(), (t + "é").isascii(), (t * 2)[299:302])
