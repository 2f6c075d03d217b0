# Nested for clauses run left to right like nested loops; ifs filter at their position.
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([(x, y) for x in range(3) if x > 0 for y in range(x)])
print([c for word in ["ab", "cd"] for c in word])
print([[r * 3 + c for c in range(3)] for r in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for x in range(20) if x % 2 if x % 3], [x if x % 2 else -x for x in range(5)])
print([n for n in [1, None, 0, "", "a"] if n], [len(w) for w in "the quick brown fox".split()])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
