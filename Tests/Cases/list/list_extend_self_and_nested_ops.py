# Operations where a list is combined with itself.
a = [1, 2]
a.extend(a)
print(a)
a += a
print(a, len(a))
b = [1, 2, 3]
b[1:2] = b
print(b)
c = [1]
c.append(c[:])
c.insert(0, c[:])
print(c)
d = [0, 1]
d = d * 3 + d[::-1]
print(d, d.count(0), d.index(1, 2))
e = [[]] * 3
e[0].append(e[1] is e[2])
print(e)
