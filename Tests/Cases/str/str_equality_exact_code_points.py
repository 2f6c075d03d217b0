# str equality, ordering, hashing and interning compare code points exactly: canonically
# equivalent spellings ("\u00e9" and "e\u0301") are different strings.
a = "\u00e9"
b = "e\u0301"
print(a == b, a != b, len(a), len(b), a < b, b < a, sorted([a, b, "f", "e"]))
d = {a: "precomposed"}
d[b] = "combining"
print(len(d), d[a], d[b], a in {b}, "e" + "\u0301" == b)
print("\ufb01" == "fi", "\u212b" == "\u00c5", ["\u212b", "\u00c5"].index("\u00c5"), max("\uffff", "\U00010000") == "\U00010000")
class K:
    pass
k = K()
setattr(k, a, 1)
setattr(k, b, 2)
print(getattr(k, a), getattr(k, b), sorted(vars(k).values()))
