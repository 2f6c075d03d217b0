# __del__ runs as soon as the last reference goes away (reference counting).
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("__del__", self.name)
a = Noisy("a")
b = a
print("deleting first reference")
del a
print("deleting second reference")
del b
print("after del b")
c = Noisy("c")
c = None
print("after rebinding c")
Noisy("temporary")
print("after expression statement")
print(Noisy("argument").name)
print("end of program")
