# An uncaught exception is printed, then released (freeing its frames' locals) before the globals are finalized.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
kept = Noisy("global")
def fail():
    local = Noisy("local of the failing frame")
    1 / 0
fail()
