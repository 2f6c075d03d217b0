# A list iterator keeps its list (and the elements) alive; a for loop variable keeps the last element alive.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
it = iter([Noisy("element")])
item = next(it)
print("got", item.name)
del item
print("item dropped; the iterator's list still holds the element")
del it
print("---")
for obj in [Noisy("loop1"), Noisy("loop2")]:
    print("loop body", obj.name)
print("after loop, obj still bound to", obj.name)
del obj
print("end")
