# Closures capture variables, not values: loop closures see the final value unless bound by a default.
def make_all():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return [f() for f in funcs]

def make_with_defaults():
    funcs = []
    for i in range(3):
        funcs.append(lambda i=i: i)
    return [f() for f in funcs]

def make_with_factory():
    def factory(n):
        return lambda: n
    return [factory(i)() for i in range(3)]

print(make_all(), make_with_defaults(), make_with_factory())

def accumulators():
    total = 0
    adders = []
    for step in (1, 10, 100):
        def add(step=step):
            nonlocal total
            total += step
            return total
        adders.append(add)
    return [a() for a in adders], total

print(accumulators())

def cell_shared_between_closures():
    shared = []
    def push(v):
        shared.append(v)
    def pop():
        return shared.pop()
    push(1); push(2)
    return pop(), shared

print(cell_shared_between_closures())
