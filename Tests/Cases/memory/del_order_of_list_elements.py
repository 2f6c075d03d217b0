# Deallocating a list releases its elements from the last to the first.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
lst = [Noisy(i) for i in range(4)]
print("dropping list")
del lst
print("---")
t = tuple([Noisy(f"t{i}") for i in range(3)])
print("dropping tuple")
del t
print("---")
d = {i: Noisy(f"d{i}") for i in range(3)}
print("dropping dict")
del d
print("---")
class Holder:
    pass
h = Holder()
h.first = Noisy("attr-first")
h.second = Noisy("attr-second")
print("dropping instance")
del h
print("end")
