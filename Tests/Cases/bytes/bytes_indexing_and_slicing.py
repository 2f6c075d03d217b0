# Indexing bytes gives ints; slicing gives bytes; iteration yields ints.
b = b"hello world"
print(b[0], b[-1], b[1:5], b[::-1], b[::2], b[100:], b[-3:], type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b[:3]), [x for x in b"ab"], b"abc"[1:2] == b"b", b"abc"[1] == b"b", b"abc"[1] == 98)
try:
    b[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b["x"]
except TypeError as e:
    print(type(e).__name__, e)
print(98 in b"abc", b"bc" in b"abc", b"" in b"abc", b"x" in b"abc")
for bad in [256, "a", 1.0]:
    try:
        bad in b"abc"
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
print(len(b), b.count(b"o"), b.count(111), b.index(b"w"), b.find(b"zz"), b.rfind(b"o"), b.index(111))
