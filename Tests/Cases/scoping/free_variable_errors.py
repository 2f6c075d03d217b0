# Free variables that are not yet bound (or deleted) in the enclosing scope raise NameError.
def before_binding():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now bound"
    return inner()

print(before_binding())

def after_delete():
    v = 1
    def inner():
        return v
    del v
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"

print(after_delete())

def delete_unbound_cell():
    def inner():
        return c
    try:
        del c
    except NameError as e:
        print(type(e).__name__, e)
    c = 1
    return inner()

print(delete_unbound_cell())
