# s += x grows the string in place when nobody else sees it; lone surrogates, the ASCII flag
# and the cached hash must follow.
s = "ab"
for i in range(3):
    s += chr(0xD800 + i)
print(ascii(s), len(s), s == "ab\ud800\ud801\ud802", hash(s) == hash("ab\ud800\ud801\ud802"))
t = ""
for c in "héllo":
    t += c
print(t, len(t), t == "héllo", hash(t) == hash("héllo"), t[1], t.isascii())
u = "x"
u += "y"
print(u.isascii(), hash(u) == hash("xy"), u[1])
v = "\ud800"
w = v + "a"
print(ascii(w), len(w))
