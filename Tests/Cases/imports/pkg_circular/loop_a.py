from . import loop_b
def a_func():
    return "a_func result"
