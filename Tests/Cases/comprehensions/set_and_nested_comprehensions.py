# Set comprehensions and comprehensions nested inside each other.
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print({x % 5 for x in range(100)}, {n * n for n in [-2, -1, 0, 1, 2]})
grid = [[(r, c) for c in range(3) if c != r] for r in range(3)]
print(grid)
flat = [cell for row in grid for cell in row]
print(len(flat), flat[:3])
print({k: {v for v in range(k)} for k in range(3)}, [[y for y in range(x)] for x in range(4)])
print([{x: [x] * x} for x in range(3)], sorted({(a, b) for a in "ab" for b in "ab" if a <= b}))
