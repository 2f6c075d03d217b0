# __del__ also runs for instances of list, dict and exception subclasses, with their contents intact.
class L(list):
    def __del__(self):
        print("L.__del__", len(self))
class D(dict):
    def __del__(self):
        print("D.__del__", sorted(self.items()), getattr(self, "tag", None))
class E(Exception):
    def __del__(self):
        print("E.__del__", self.args)
l = L([1, 2, 3])
l.append(4)
del l
d = D(a=1)
d.tag = "t"
del d
try:
    raise E("boom", 2)
except E:
    print("caught")
print("after")
keep = L([9])
print("end")
