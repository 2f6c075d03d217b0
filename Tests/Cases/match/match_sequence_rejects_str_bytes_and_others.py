# str, bytes, bytearray, dicts, sets and iterators are not sequences for matching; range is.
def is_pair(x):
    match x:
        case [a, b]:
            return f"pair({a!r}, {b!r})"
        case _:
            return "not a pair"

class Indexable:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 2

for value in ["ab", b"ab", bytearray(b"ab"), {"a": 1, "b": 2}, {1, 2}, frozenset({1}), iter([1, 2]),
              range(2), range(10, 12), Indexable(), memoryview(b"xy"), [1, 2], (3, 4)]:
    print(type(value).__name__, is_pair(value))
match "abc":
    case str(text):
        print("str class pattern still works:", text)
