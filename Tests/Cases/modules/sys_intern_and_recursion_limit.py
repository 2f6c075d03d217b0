# sys.intern returns one object per text; recursion limit getter and setter.
import sys
a = "".join(["inter", "ned text"])
b = "".join(["interned", " text"])
print(a == b, sys.intern(a) is sys.intern(b), sys.intern(a) == a)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(old, sys.getrecursionlimit())
for bad in [0, -1, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(old)
