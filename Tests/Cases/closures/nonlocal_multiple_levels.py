# nonlocal finds the nearest enclosing function scope that binds the name.
def level1():
    x = "level1"
    y = "level1-y"
    def level2():
        x = "level2"
        def level3():
            nonlocal x
            nonlocal_y_before = y
            x = "set by level3"
            return nonlocal_y_before
        r = level3()
        return x, r
    result = level2()
    return x, result
print(level1())
def outer():
    value = 0
    def middle():
        def inner():
            nonlocal value
            value += 1
        inner()
        inner()
    middle()
    return value
print(outer())
def shared():
    data = []
    def writer(v):
        data.append(v)
    def reader():
        return list(data)
    def rebinder():
        nonlocal data
        data = ["rebound"]
    return writer, reader, rebinder
w, r, rb = shared()
w(1)
w(2)
print(r())
rb()
w(3)
print(r())
