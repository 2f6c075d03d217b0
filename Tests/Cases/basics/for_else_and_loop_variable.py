# for/else, the loop variable after the loop, and nested targets.
for i in range(3):
    pass
print("after loop", i)
for i in []:
    pass
print("unchanged", i)
for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even")
        break
else:
    print("no even number")
for x in [1, 4, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("not printed")
d = {}
for d["key"] in "abc":
    pass
print(d)
class Holder:
    pass
h = Holder()
for h.attr in (10, 20):
    print(h.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for ch in "ab":
    for n in range(2):
        if n:
            continue
        print(ch, n)
