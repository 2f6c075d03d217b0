# Indexing and slicing of ASCII and non-ASCII strings: negative indices, steps, bounds
# clamping, empty results; results compare and hash like literals.
for s in ["hello world", "caf\xe9 \u20ac\U0001F600!", "", "x"]:
    n = len(s)
    print(repr(s), n, [s[i] for i in range(-n, n)])
    for sl in [slice(None), slice(1, None), slice(None, -1), slice(-3, None), slice(2, 5), slice(5, 2),
               slice(None, None, 2), slice(None, None, -1), slice(-1, -6, -2), slice(100, 200), slice(-100, 3),
               slice(1, 100, 3), slice(None, None, -3)]:
        print("  ", sl, repr(s[sl]))
    for i in [n, -n - 1, 10**20]:
        try:
            s[i]
        except IndexError as e:
            print("  ", type(e).__name__, e)
t = "abcdef"
print(t[0] == "a", hash(t[0]) == hash("a"), t[1:3] == "bc", hash(t[1:3]) == hash("bc"), {t[2:4]: 1}.get("cd"))
print(t[True], t[False:True], ord(t[-1]), chr(0xe9) + t[:2], (t + "\xe9")[-1], ("\xe9" + t)[1:])
