# When a frame is cleared, its locals are released in definition (slot) order.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def f():
    first = Noisy("first")
    second = Noisy("second")
    third = Noisy("third")
    print("returning from f")
f()
print("---")
def g(param):
    local = Noisy("local")
    print("returning from g")
g(Noisy("argument"))
print("end")
