# Closures capture variables, not values: loop variables are looked up when called.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 10
print([f() for f in funcs])
def make():
    result = []
    for j in range(3):
        result.append(lambda: j)
    j = "changed after loop"
    return result
print([f() for f in make()])
def make_fixed():
    return [lambda j=j: j for j in range(3)]
print([f() for f in make_fixed()])
def make_factory():
    def factory(k):
        return lambda: k
    return [factory(k) for k in range(3)]
print([f() for f in make_factory()])
adders = {}
for name, n in [("one", 1), ("two", 2)]:
    def add(x, n=n):
        return x + n
    adders[name] = add
print(adders["one"](10), adders["two"](10))
