# atexit: callbacks run last-registered first after the main module, with their arguments;
# an exception in one is reported and the others still run.
import atexit

def greet(name, punctuation="!"):
    print("bye", name + punctuation)

class Broken:
    def __repr__(self):
        return "<the broken callback>"
    def __call__(self):
        raise ValueError("callback failed")

broken = Broken()

class Noisy:
    def __eq__(self, other):
        return isinstance(other, Noisy)
    def __call__(self):
        print("noisy called")

print(atexit.register(greet, "first") is greet)
atexit.register(broken)
atexit.register(greet, "second", punctuation="?")
atexit.register(Noisy())
atexit.unregister(Noisy())
print("callbacks registered")
for bad in [(5,), ()]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError:", e)
atexit.register(print, "printed by print")
print("end of module")
