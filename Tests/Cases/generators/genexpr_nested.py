# Nested generator expressions and generator expressions feeding each other.
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = ((row[i] for row in matrix) for i in range(3))
print([list(col) for col in transposed])
evens = (x for x in range(20) if x % 2 == 0)
squares = (x * x for x in evens)
small = (x for x in squares if x < 100)
print(list(small))
pairs = ((a, b) for a in range(3) for b in (c * 10 for c in range(a)))
print(list(pairs))
print(sum(sum(x for x in row) for row in matrix))
flattened = (y for x in ((i, -i) for i in range(3)) for y in x)
print(list(flattened))
def gen_of_gens(n):
    return ((j for j in range(i)) for i in range(n))
print([list(g) for g in gen_of_gens(4)])
print(list(x for x in (y * 2 for y in (z + 1 for z in range(3)))))
