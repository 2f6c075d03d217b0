# replace, center/ljust/rjust, zfill, expandtabs.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", "aa"))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "*")), repr("abc".center(2)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("ab".ljust(1)), repr("".center(3, "€")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "-".zfill(3), "".zfill(2), "42".zfill(1))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\tb\nc\td".expandtabs(2)), repr("\t".expandtabs(0)))
for call in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5")]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
