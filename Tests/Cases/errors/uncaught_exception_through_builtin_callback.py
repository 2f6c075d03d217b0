# Exceptions raised in callbacks called by builtins (sorted, map) show only the Python frames.
def key(word):
    return len(word) // (len(word) - 3)

words = ["tree", "cat", "house"]
print(sorted(["tree", "house"], key=key))
print(sorted(words, key=key))
