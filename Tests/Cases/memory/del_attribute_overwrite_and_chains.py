# Overwriting an attribute releases the old value; releasing a holder releases what it holds.
class Noisy:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("__del__", self.name)
class Box:
    pass
b = Box()
b.item = Noisy("first")
b.item = Noisy("second")
print("after overwrite")
chain = Noisy("outer", Noisy("middle", Noisy("inner")))
print("dropping chain")
chain = None
print("after chain")
b.item = None
print("end")
