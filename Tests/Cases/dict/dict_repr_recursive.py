# repr of self-referencing dicts uses {...}.
d = {"name": "root"}
d["self"] = d
print(d)
e = {"inner": {"back": None}}
e["inner"]["back"] = e
print(e)
lst = [d]
print(lst)
print({1: [1, {2: ()}], "k": {"n": {"m": {}}}}, {(1, 2): frozenset(), None: ...})
print({"q": "it's", 'd': 'say "x"'}, {1.5: 1e16, -0.0: float("inf")})
