# Temporaries created inside expressions die as soon as the expression no longer needs them.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
    def value(self):
        return len(self.name)
    def __add__(self, other):
        return Noisy(self.name + "+" + other.name)
print("value:", Noisy("temp").value())
total = Noisy("a") + Noisy("b")
print("sum alive:", total.name)
del total
print([Noisy(str(i)).value() for i in range(2)])
x = Noisy("x")
x = Noisy("y")
print("rebound")
del x
print("end")
