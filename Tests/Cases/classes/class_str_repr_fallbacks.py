# str() falls back to __repr__; containers always use repr of elements; format uses str.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
r, s, b = OnlyRepr(), OnlyStr(), Both()
print(str(r), repr(r), str(b), repr(b), f"{b}", f"{b!r}", "%s %r" % (b, b), [b], {"k": b}, (b,))
print(str(s), "{}".format(s), s.__str__())
print(repr(s).startswith("<__main__.OnlyStr object at "), repr(s).endswith(">"))
class Sub(Both):
    pass
print(str(Sub()), repr(Sub()), repr(Sub), str(Both), repr(int), repr(type), str(object))
class ReprCallsStr:
    def __str__(self):
        return "S"
    __repr__ = __str__
print(repr(ReprCallsStr()), [ReprCallsStr()])
