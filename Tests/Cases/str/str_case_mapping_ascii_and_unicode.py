# lower/upper/capitalize/title/swapcase/casefold on ASCII text (byte fast paths) and on text
# with special mappings (expansions, titlecase digraphs, final sigma, dotted I).
samples = ["", "a", "A", "hello world", "HELLO WORLD", "hElLo wOrLd", "they're bill's friends from the UK",
           "123abc DEF_ghi-jkl.mno", "a1b2 c3D4", "\tx\ny z", "ABC\x7f\x00def",
           "stra\xdfe", "\xdf", "\u01c5ungla", "\u01c4\u01c5\u01c6", "\u03a3", "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3",
           "A\u03a3", "A\u03a3b", "\u0130stanbul", "\ufb01ne \ufb02ow", "\u1e9e", "caf\xc9 CR\xc8ME",
           "mixed ASCII and \xe9l\xe8ve", "\u0149", "\U00010428\U00010400"]
for s in samples:
    print(repr(s))
    print("  ", repr(s.lower()), repr(s.upper()), repr(s.capitalize()))
    print("  ", repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
    print("  ", s.islower(), s.isupper(), s.istitle(), len(s.upper()), len(s.lower()))
# Results are new equal strings (or the same text) usable as dict keys.
d = {}
for s in ["Word", "WORD", "word", "wOrD"]:
    d[s.lower()] = d.get(s.lower(), 0) + 1
print(d, hash("word") == hash("WORD".lower()), "word" == "WORD".lower())
