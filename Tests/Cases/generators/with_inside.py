# Context managers inside generators: __exit__ runs on exhaustion, close, throw and release.
class Manager:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

def gen(name):
    with Manager(name) as n:
        yield n + "-1"
        yield n + "-2"

print(list(gen("full")))
g = gen("closed")
next(g)
g.close()
g = gen("thrown")
next(g)
try:
    g.throw(ValueError)
except ValueError:
    print("ValueError propagated")
g = gen("released")
next(g)
del g
print("released done")

class Suppressing(Manager):
    def __exit__(self, typ, value, tb):
        print("suppressing", typ.__name__ if typ else None)
        return True

def suppress():
    with Suppressing("s"):
        yield 1
    yield "after with"

g = suppress()
next(g)
print(g.throw(KeyError))
