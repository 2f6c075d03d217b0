# An object still referenced by a module global has __del__ run at interpreter exit.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ at exit:", self.name)
keeper = Noisy("global object")
print("last line of the program")
