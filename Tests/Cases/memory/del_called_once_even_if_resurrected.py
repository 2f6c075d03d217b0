# __del__ is called at most once per object (PEP 442), even if it resurrects the object.
graveyard = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        graveyard.append(self)
p = Phoenix("p")
del p
print("resurrected:", [x.name for x in graveyard])
graveyard.clear()
print("cleared graveyard (no second __del__)")
class Counter:
    count = 0
    def __del__(self):
        Counter.count += 1
for _ in range(5):
    Counter()
print("deleted instances:", Counter.count)
