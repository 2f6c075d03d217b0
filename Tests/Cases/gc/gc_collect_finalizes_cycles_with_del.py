# gc.collect() finds reference cycles among instances with __del__, finalizes them once and frees them.
import gc
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a = Noisy("self-cycle")
a.me = a
del a
b = Noisy("pair-b")
c = Noisy("pair-c")
b.other = c
c.other = b
del b, c
keep = Noisy("kept alive by a global")
keep.me = keep
inner = Noisy("cycle through a list")
inner.items = [inner, {"back": inner}]
del inner
print("before collect")
print("unreachable:", gc.collect())
print("after collect")
print("again:", gc.collect())
class Phoenix:
    saved = []
    def __init__(self):
        self.me = self
    def __del__(self):
        print("Phoenix.__del__ (once)")
        Phoenix.saved.append(self)
Phoenix()
gc.collect()
print("resurrected:", len(Phoenix.saved), Phoenix.saved[0].me is Phoenix.saved[0])
Phoenix.saved.clear()
gc.collect()
print("end")
