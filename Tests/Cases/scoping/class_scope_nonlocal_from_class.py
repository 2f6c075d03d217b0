# A class body can declare nonlocal to rebind an enclosing function's variable; methods see the cell.
def outer():
    counter = 0
    class K:
        nonlocal counter
        counter = 10
        def method(self):
            return counter
    counter += 1
    return counter, K().method()

print(outer())

def method_closure():
    secret = "s1"
    class K:
        def get(self):
            return secret
    k = K()
    first = k.get()
    secret = "s2"
    return first, k.get()

print(method_closure())
