# Names bound in a class body are not visible inside its methods (only through self or the class).
x = "module x"

class C:
    x = "class x"
    y = x + " (read in class body)"
    def method(self):
        return x
    def via_self(self):
        return self.x
    def via_class(self):
        return C.x

c = C()
print(C.y)
print(c.method(), "|", c.via_self(), "|", c.via_class())

class Counter:
    count = 0
    def bump(self):
        try:
            return count
        except NameError as e:
            return f"{type(e).__name__}: {e}"

print(Counter().bump())
