# Set comprehensions and converting collections to sets.
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}), {len(w) for w in words} == {5, 6, 7, 9}, {x % 4 for x in range(20)})
print(sorted(set(words) - {"banana"}), sorted({w for w in words if "an" in w}))
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted(set("mississippi")), len(set([1, 1.0, True])), {0, False, 0.0})
seen = set()
unique = []
for ch in "abracadabra":
    if ch not in seen:
        seen.add(ch)
        unique.append(ch)
print(unique)
