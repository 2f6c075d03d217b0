# := in nested functions and lambdas binds locally there, and respects global and nonlocal declarations.
x = "global x"

def local_binding():
    (x := "local x")
    return x

def global_binding():
    global x
    (x := "rebound global")
    return x

def outer():
    y = "outer y"
    def inner():
        nonlocal y
        [y := "changed by comprehension in inner" for _ in range(1)]
    inner()
    return y

print(local_binding(), "|", x)
print(global_binding(), "|", x)
print(outer())
f = lambda v: (doubled := v * 2, doubled + 1)
print(f(5))

def comprehension_in_class_method():
    class C:
        def method(self):
            return [z := i for i in range(3)], z
    return C().method()

print(comprehension_in_class_method())
