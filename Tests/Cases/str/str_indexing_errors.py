# String indexing and immutability errors.
s = "hello"
print(s[0], s[-1], s[4], s[-5])
for i in [5, -6, 100]:
    try:
        s[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
for key in ["1", 1.0, None, (1, 2)]:
    try:
        s[key]
    except TypeError as e:
        print(repr(key), type(e).__name__, e)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.upper = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    ""[0]
except IndexError as e:
    print(type(e).__name__, e)
