# A str or int subclass with its own __hash__ (or __eq__ without __hash__) is hashed by it.
class H(str):
    def __hash__(self):
        return 42
class E(str):
    def __eq__(self, o):
        return True
class I(int):
    def __hash__(self):
        return 7
print(hash(H("x")), hash(I(100)), hash(True), hash(-1))
try:
    hash(E("x"))
except TypeError as e:
    print(e)
