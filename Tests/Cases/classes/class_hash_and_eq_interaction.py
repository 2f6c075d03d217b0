# Defining __eq__ without __hash__ makes instances unhashable; inheriting keeps the rule.
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 42
print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))
class Child(EqAndHash):
    def __eq__(self, other):
        return False
try:
    hash(Child())
except TypeError as e:
    print(type(e).__name__, e)
class KeepHash(EqAndHash):
    def __eq__(self, other):
        return False
    __hash__ = EqAndHash.__hash__
print(hash(KeepHash()))
class Default:
    pass
d = Default()
print(hash(d) == hash(d), d == d, {d: 1}[d])
class HashNone:
    __hash__ = None
print(isinstance(HashNone(), object), HashNone.__hash__)
try:
    {HashNone()}
except TypeError as e:
    print(type(e).__name__, e)
