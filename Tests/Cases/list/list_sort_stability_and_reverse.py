# Sorting is stable, also with reverse=True (equal keys keep their original order).
records = [("ann", 3), ("bob", 1), ("cid", 3), ("dan", 2), ("eve", 1), ("fay", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(list(reversed(sorted(records, key=lambda r: r[1]))))
by_name = sorted(records)
by_score = sorted(by_name, key=lambda r: r[1])
print(by_score)
data = [5, 3, 5.0, 3.0, 1, 5]
print(sorted(data), sorted(data, reverse=True))
letters = list("sortingexample")
letters.sort()
print("".join(letters))
letters.sort(reverse=True)
print("".join(letters))
big = [(i * 7919) % 101 for i in range(100)]
big.sort()
print(big[:10], big[-5:], big == sorted(big))
print(sorted([], reverse=True), sorted([1]), sorted((3, 2, 1)), sorted({"b": 1, "a": 2}))
