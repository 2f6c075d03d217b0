# Inside a box the "[Previous line repeated N more times]" notice has no margin (as CPython prints it).
def recurse(n):
    if n == 0:
        raise ValueError("bottom")
    recurse(n - 1)

def member():
    try:
        recurse(8)
    except ValueError as e:
        return e

def long_line():
    try:
        x = [1, 2, 3]
        return x[1] + x[2] * x[10]
    except IndexError as e:
        return e

raise ExceptionGroup("repeated", [member(), long_line()])
