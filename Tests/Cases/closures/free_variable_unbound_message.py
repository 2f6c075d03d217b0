# A free variable whose cell is still empty raises NameError naming the enclosing scope.
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e, type(e) is NameError)
    value = "bound"
    print(inner())
    del value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
outer()
def outer2():
    def reader():
        return v
    def deleter():
        nonlocal v
        del v
    v = 1
    deleter()
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        deleter()
    except NameError as e:
        print(type(e).__name__, e)
outer2()
