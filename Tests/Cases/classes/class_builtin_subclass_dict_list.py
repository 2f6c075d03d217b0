# Subclasses of dict/list: overridden dunders are not used by the C-level methods.
class LoudDict(dict):
    def __setitem__(self, key, value):
        print("LoudDict.__setitem__", key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("LoudDict.__getitem__", key)
        return super().__getitem__(key)
d = LoudDict(a=1)
d["b"] = 2
d.update(c=3)
d.setdefault("d", 4)
print(d, d["a"], d.get("a"), dict(d))
class LoudList(list):
    def append(self, item):
        print("LoudList.append", item)
        super().append(item)
    def __len__(self):
        return 100
l = LoudList([1])
l.append(2)
l.extend([3])
l += [4]
print(l, len(l), list.__len__(l), bool(LoudList()), type(l[:1]).__name__, type(l + l).__name__)
class UpperDict(dict):
    def __missing__(self, key):
        return key.upper()
ud = UpperDict()
print(ud["x"], ud.get("x"), "x" in ud)
