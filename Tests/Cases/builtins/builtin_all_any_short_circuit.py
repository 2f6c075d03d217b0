# all() and any() short-circuit and return bools.
def items(seq):
    class It:
        def __init__(self):
            self.i = 0
        def __iter__(self):
            return self
        def __next__(self):
            if self.i >= len(seq):
                raise StopIteration
            value = seq[self.i]
            self.i += 1
            print("yielding", value)
            return value
    return It()
print(all(items([1, 0, 2])))
print(any(items([0, "", "x", 1])))
print(all([]), any([]), all([[]]), any([[]]), all("abc"), any({0: 1}), all(range(1, 5)), any(range(0)))
print(repr(all([1, 2])), repr(any([0, 3])), all([0.0]), any([None, 0j]))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
