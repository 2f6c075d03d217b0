# A comprehension's loop variable is its own; nonlocal and exec() do not change that or the function's fast locals.
def outer():
    x = 1
    def inner():
        nonlocal x
        x = [x for x in range(3)]
        return x
    return inner(), x

print(outer())

def exec_does_not_rebind_fast_locals():
    v = 1
    exec("v = 2")
    return v

print(exec_does_not_rebind_fast_locals())

def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()

print(deep())
global at_module
at_module = "module-level global statement is allowed"
print(at_module)
