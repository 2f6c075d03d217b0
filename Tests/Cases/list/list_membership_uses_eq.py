# `in`, index, count and remove compare with identity first, then ==.
class Eq:
    def __init__(self, name, equal):
        self.name = name
        self.equal = equal
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)!r})")
        return self.equal
    __hash__ = None
    def __repr__(self):
        return self.name
yes, no = Eq("yes", True), Eq("no", False)
print("in:", 5 in [no, yes])
print("index:", [no, yes, 3].index(3))
print("count:", [yes, no, yes].count(1))
lst = [no, yes]
lst.remove(yes)
print("after remove:", lst)
print("identity:", no in [no], [no].index(no), [no].count(no))
print("reflected:", [1, 2] == [1, 2], 2 in [no, 2])
print([1, 2, 3].__contains__(2), [[1]].count([1]), [1.0, 1, True].count(1), [0, False, 0.0].index(False))
