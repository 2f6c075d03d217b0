# String slicing with positive/negative indices, steps, and out-of-range bounds.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2], s[::2], s[1::3], s[::-1], s[::-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], s[8:2:-2], s[-1:-6:-1], repr(s[2:8:-1]))
print(s[None:None:None], s[slice(2, None)], s[slice(None, None, -2)])
for step in [1, 2, 3, -1, -2, 11, -11]:
    print(step, s[::step], s[2:9:step], s[9:2:step])
u = "héllo wörld €"
print(u[1], u[-1], u[1:5], u[::-1], len(u))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(repr(""[0:0]), repr(""[::-1]), "x"[-1:], "ab"[True:])
