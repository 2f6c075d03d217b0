# A list iterator sees changes made to the list while iterating.
a = [1, 2, 3]
for x in a:
    if x < 5:
        a.append(x + 10)
    if len(a) > 8:
        break
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    b.remove(x)
print(b)
c = [1, 2, 3]
it = iter(c)
print(next(it))
c.clear()
print(list(it))
d = [1, 2]
it = iter(d)
print(list(it), list(it))
d.append(3)
print(list(it))
e = [0, 1, 2, 3]
it = reversed(e)
next(it)
e.pop()
e.pop()
print(list(it))
