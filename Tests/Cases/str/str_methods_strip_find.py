# strip family, find/index family, count, startswith/endswith, removeprefix/removesuffix.
s = "xxhello worldxx"
print(repr(s.strip("x")), repr(s.lstrip("x")), repr(s.rstrip("x")), repr("  \t a b \n ".strip()))
print(repr("www.example.com".strip("cmowz.")), repr("abc".strip("")), repr("\u3000x\u00a0".strip()))
t = "abracadabra"
print(t.find("bra"), t.rfind("bra"), t.find("zz"), t.find("a", 1), t.find("a", 1, 3), t.rfind("a", 0, -1))
print(t.index("cad"), t.rindex("a"), t.count("a"), t.count("bra"), t.count("a", 4), t.count("aa"))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), t.find("a", -3), t.find("", 20))
for call in [lambda: t.index("zz"), lambda: t.rindex("q"), lambda: t.index("a", 20)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(t.startswith("abra"), t.startswith(("x", "ab")), t.endswith("bra", 0, 4), t.startswith("cad", 4))
print(t.endswith(()), "".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4))
print(t.removeprefix("abra"), t.removesuffix("abra"), t.removeprefix("zz"), "aaa".removeprefix("a"))
try:
    t.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.find(1)
except TypeError as e:
    print(type(e).__name__, e)
