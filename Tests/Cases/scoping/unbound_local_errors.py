# Reading a local before assignment, after del, or when assignment is only on some paths raises UnboundLocalError.
x = "global"

def read_before_assign():
    print(x)
    x = "local"

def deleted():
    y = 1
    del y
    return y

def conditional(flag):
    if flag:
        z = "set"
    return z

def augmented():
    x += 1

for fn, args in [(read_before_assign, ()), (deleted, ()), (conditional, (False,)), (augmented, ())]:
    try:
        fn(*args)
    except UnboundLocalError as e:
        print(fn.__name__, type(e).__name__, e, isinstance(e, NameError))
print(conditional(True))
