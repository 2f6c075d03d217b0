# Assignment anywhere in a function makes the name local for the whole body.
x = "global"
def reads():
    return x
def shadows():
    x = "local"
    return x
def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = "assigned later"
def deletes():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(reads(), shadows(), x)
broken()
print(deletes())
def loop_var():
    for x in []:
        pass
    try:
        return x
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(loop_var())
print(issubclass(UnboundLocalError, NameError))
def locals_snapshot(a, b=2):
    c = 3
    return sorted(locals().items())
print(locals_snapshot(1))
