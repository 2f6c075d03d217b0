# map/filter/zip/enumerate/reversed are lazy and consume their inputs on demand.
def source(name, n):
    class It:
        def __init__(self):
            self.i = 0
        def __iter__(self):
            return self
        def __next__(self):
            if self.i >= n:
                print(f"{name} exhausted")
                raise StopIteration
            self.i += 1
            print(f"{name} -> {self.i}")
            return self.i
    return It()
z = zip(source("a", 2), source("b", 5))
print("zip created")
print(list(z))
m = map(lambda x: x * 10, source("m", 2))
print("map created")
print(next(m))
e = enumerate(source("e", 1))
print(list(e))
f = filter(None, source("f", 1))
print(list(f))
