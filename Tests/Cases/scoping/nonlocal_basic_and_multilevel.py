# nonlocal rebinds a variable of the nearest enclosing function scope, across several levels.
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return increment, get

inc, get = make_counter()
inc(); inc(5)
print(get())

def three_levels():
    value = "level 1"
    def level2():
        def level3():
            nonlocal value
            value = "set by level 3"
        level3()
        return value
    result = level2()
    return result, value

print(three_levels())

def shadowing():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner changed middle"
        inner()
        return x
    return middle(), x

print(shadowing())

def delete_nonlocal():
    item = "present"
    def remove():
        nonlocal item
        del item
    remove()
    try:
        return item
    except NameError as e:
        return f"{type(e).__name__}: {e}"

print(delete_nonlocal())
