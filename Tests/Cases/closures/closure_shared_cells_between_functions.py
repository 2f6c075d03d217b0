# Several closures from the same call share one cell per variable.
def make_pair():
    state = 0
    def get():
        return state
    def set_(v):
        nonlocal state
        state = v
    return get, set_
get1, set1 = make_pair()
get2, set2 = make_pair()
set1(5)
print(get1(), get2(), get1.__closure__[0] is set1.__closure__[0], get1.__closure__[0] is get2.__closure__[0])
def loop_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs, [f.__closure__[0] is fs[0].__closure__[0] for f in fs]
fs, same = loop_closures()
print([f() for f in fs], same)
def param_closure(p):
    def show():
        return p
    p = p * 2
    return show
print(param_closure(21)())
