# Bound builtin methods compare and hash by (receiver identity, function), like bound methods.
l = []
m = []
print(l.append == l.append, l.append == m.append, l.append != m.append, hash(l.append) == hash(l.append))
print((5).__add__ == (5).__add__, hash(len) == hash(len), len == len, {l.append: "found"}[l.append])
class C:
    def f(self):
        pass
c = C()
d = {c.f: 1, C().f: 2}
print(d[c.f], len(d), c.f in d, C.f == C.f, hash(C.f) == hash(C.f))
