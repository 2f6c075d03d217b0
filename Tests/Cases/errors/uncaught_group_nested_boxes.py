# Nested uncaught groups draw boxes inside boxes; members raised elsewhere show their own tracebacks.
def leaf(kind, text):
    try:
        raise kind(text)
    except Exception as e:
        return e

def inner():
    raise ExceptionGroup("inner group", [leaf(KeyError, "k"), leaf(ValueError, "deep")])

def outer():
    try:
        inner()
    except ExceptionGroup as e:
        raise ExceptionGroup("outer group", [TypeError("plain"), e, leaf(OSError, "os")])

outer()
