# sys.setrecursionlimit validation.
import sys
print(sys.getrecursionlimit())
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [1.5, "10", None]:
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def at_depth(n, action):
    if n == 0:
        return action()
    return at_depth(n - 1, action)
def lower():
    sys.setrecursionlimit(10)
try:
    at_depth(50, lower)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
