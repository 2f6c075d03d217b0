from . import loop_a
def b_func():
    # Resolved at call time, when loop_a has finished initializing.
    return loop_a.a_func()
