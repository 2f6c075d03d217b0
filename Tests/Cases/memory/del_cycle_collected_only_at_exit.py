# Objects in a reference cycle are not freed by reference counting; here the cycle is only collected at exit.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
plain = Noisy("plain")
del plain
print("plain released immediately")
holder = [Noisy("in list")]
holder.append(holder)
holder = None
print("cycle dropped but not yet collected")
