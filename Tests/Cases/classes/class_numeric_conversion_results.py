# Results of __int__/__index__/__float__/__trunc__ are checked; deprecated forms warn once.
class FloatReturnsInt:
    def __float__(self):
        return 1
class IntReturnsBool:
    def __int__(self):
        return True
class IndexReturnsStr:
    def __index__(self):
        return "3"
class TruncOnly:
    def __trunc__(self):
        return 4
class TruncReturnsIndexable:
    def __trunc__(self):
        return IndexOnly()
class IndexOnly:
    def __index__(self):
        return 9
class TruncReturnsStr:
    def __trunc__(self):
        return "x"
for label, make in [("float", lambda: float(FloatReturnsInt())), ("int bool", lambda: int(IntReturnsBool())),
                    ("int index str", lambda: int(IndexReturnsStr())), ("trunc", lambda: int(TruncOnly())),
                    ("trunc indexable", lambda: int(TruncReturnsIndexable())),
                    ("trunc str", lambda: int(TruncReturnsStr())), ("index list", lambda: [0, 1][IndexReturnsStr()])]:
    try:
        result = make()
        print(label, type(result).__name__, result)
    except TypeError as e:
        print(label, type(e).__name__, e)
for _ in range(2):
    print(int(TruncOnly()))
