# Moderately nested structures print fine; lowering the limit makes the same repr fail, raising it again works.
nested = {}
cur = nested
for i in range(200):
    cur["next"] = {}
    cur = cur["next"]
s = str(nested)
print(len(s), s.count("{"))
lst = []
cur = lst
for i in range(300):
    new = []
    cur.append(new)
    cur = new
print(len(repr(lst)), lst == lst, [lst] == [lst])
import sys
sys.setrecursionlimit(100)
deep = []
for _ in range(200):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(1000)
print(len(repr(deep)))
