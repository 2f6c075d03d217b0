# Common iteration patterns over ranges.
total = 0
for i in range(0, 20, 3):
    total += i
print(total)
for i in range(3, 0, -1):
    print(i, end=" ")
print()
print([i * i for i in range(5)], list(range(5))[::2], list(enumerate(range(10, 13))))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
r = range(4)
print(list(zip(r, r[1:])), [r[i] for i in range(len(r))], list(map(lambda x: -x, r)))
print(list(range(1, 2 ** 3)), list(reversed(range(1, 10, 4))), range(1, 10, 4)[-1])
