# Locals are released when the function returns, unless they are returned or captured.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def local_only():
    x = Noisy("local")
    print("leaving local_only")
def returned():
    y = Noisy("returned")
    return y
def captured():
    z = Noisy("captured")
    return lambda: z.name
local_only()
print("after local_only")
r = returned()
print("holding", r.name)
del r
print("after del r")
f = captured()
print("closure alive:", f())
del f
print("after del f")
def raises():
    w = Noisy("in raising frame")
    raise ValueError("boom")
try:
    raises()
except ValueError:
    print("in handler, traceback keeps the frame alive")
print("after handler")
