# append/extend/insert/pop/remove/index/count/clear/copy/reverse, with their errors.
a = [1, 2, 3]
a.append([4])
a.extend((5, 6))
a.extend("ab")
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("first")
print(a, a.index(3), a.index(2, 1), a.count(1), a.count("z"))
c = a.copy()
c.reverse()
print(c, a == c[::-1])
a.clear()
print(a, c[:2])
errors = [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1, 2].index(3),
          lambda: [1, 2, 3].index(1, 1), lambda: [1].insert("0", 1), lambda: [].extend(5),
          lambda: [1].append(), lambda: [1].index("x", 0, 1)]
for call in errors:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = [1, 2]
print(x.append(3), x.extend([]), x.sort(), x.reverse(), x.insert(0, 0), x.clear(), x)
