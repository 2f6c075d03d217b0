# At exit, globals with __del__ are finalized in dict order, then objects in cycles.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
second = Noisy("second global")
first = Noisy("first global")
_private = Noisy("underscore global")
cycle = [Noisy("in a cycle")]
cycle.append(cycle)
last = Noisy("last global")
first = Noisy("rebound first")
print("end of program")
