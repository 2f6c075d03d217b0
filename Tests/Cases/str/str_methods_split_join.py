# split, rsplit, splitlines, partition, rpartition and join.
s = "  a  b c\td\n e  "
print(s.split(), s.split(" "), s.split(None, 2), s.rsplit(None, 2), s.split(" ", 3))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "a,b,,c,".split(",", 0), "".split(","), "".split())
print("a::b::c".split("::"), "abc".split("abc"), "aaa".split("a"), "1<>2<>3".rsplit("<>", 1))
print("line1\nline2\r\nline3\rline4\x0bline5\x0c\x1c\x1d\x1e\x85\u2028\u2029end".splitlines())
print("a\nb\r\n\nc\n".splitlines(), "a\nb\r\n\nc\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join({"k": 1, "j": 2}))
for bad in [["a", 1], ["a", None, "b"], [b"x"]]:
    try:
        "-".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for call in [lambda: "abc".split(""), lambda: "abc".partition(""), lambda: "abc".rsplit("")]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    "-".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("a b c".split(maxsplit=1), "a b c".rsplit(sep=" ", maxsplit=1))
