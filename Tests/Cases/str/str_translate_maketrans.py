# str.maketrans in its three forms and str.translate.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc-abc".translate(t1))
t2 = str.maketrans("ab", "AB", "xyz")
print(sorted(t2.items()), "a-x-b-y-c".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "three", "é": "e"})
print(sorted(t3.items()), "abcdé".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "hello".translate({104: 72, 111: None}))
class Table:
    def __getitem__(self, key):
        if key == ord("o"):
            return "0"
        raise LookupError
print("foo boo".translate(Table()))
for call in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": "x"}), lambda: str.maketrans(1),
             lambda: "a".translate({97: 5.5})]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
