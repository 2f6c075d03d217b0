# len() of builtins and user classes, and its errors.
print(len([1, 2]), len("héllo"), len(b"ab"), len({1: 2}), len({1, 2, 3}), len(range(0, 10, 3)), len(()), len(bytearray(5)))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(0)), len(L(7)), len(L(True)))
for bad in [L(-1), L(1.5), L("3"), L(2 ** 63), 5, None, iter([]), L(None)]:
    try:
        len(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
print(len(IndexLen()))
