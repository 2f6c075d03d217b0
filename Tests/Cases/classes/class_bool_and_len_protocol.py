# Truth testing of instances: __bool__ first, then __len__, else True.
class Empty:
    def __len__(self):
        print("__len__ called")
        return 0
class Full:
    def __len__(self):
        return 3
class Falsy:
    def __bool__(self):
        print("__bool__ called")
        return False
    def __len__(self):
        print("never called")
        return 1
print(bool(Empty()), bool(Full()), bool(Falsy()), bool(object()))
if not Empty():
    print("Empty is falsy")
print(Full() and "and-result", Empty() or "or-result")
while Falsy():
    pass
print([x for x in [Empty(), Full()] if x].__len__())
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
class HugeLen:
    def __len__(self):
        return 2 ** 100
try:
    bool(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)
