# The math module object: its functions are builtins, attributes are read-only data, errors for missing ones.
import math
print(type(math.sqrt).__name__, math.sqrt.__name__, math.__name__)
print(callable(math.floor), "sqrt" in dir(math), "pi" in math.__dict__)
try:
    math.no_such_function
except AttributeError as e:
    print(type(e).__name__, e)
from math import sqrt as root, pi
print(root(pi * pi))
try:
    from math import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
math.custom = 5
print(math.custom)
