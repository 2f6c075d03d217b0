# __getitem__ receives slice objects, tuples and Ellipsis exactly as written.
class Show:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
s = Show()
print(s[1], s[1:2], s[:], s[::], s[1:2:3], s[::-1], s[:5], s["k"])
print(s[1, 2], s[1:2, 3], s[..., 1], s[...], s[:, :], s[(1,)], s[()], s[1:2, ...,])
s[1:2] = "value"
s[::2, 0] = 1
del s[:]
del s[1, 2]
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, key):
        if isinstance(key, slice):
            return list(range(*key.indices(len(self))))
        return key * 10
q = Seq()
print(q[1:], q[::-1], q[-2:], q[2])
