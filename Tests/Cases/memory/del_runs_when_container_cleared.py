# Removing objects from containers releases them immediately.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
items = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
items.pop(1)
print("after pop")
items[0] = "replaced"
print("after replace")
items.clear()
print("after clear")
d = {"a": Noisy("d-a"), "b": Noisy("d-b")}
del d["a"]
print("after del d['a']")
d["b"] = None
print("after overwrite")
s = [Noisy("slice0"), Noisy("slice1"), Noisy("slice2")]
del s[:2]
print("after slice delete")
s = None
print("end")
