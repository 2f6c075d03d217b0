# Relative imports from __main__ (no parent package) and beyond the top-level package.
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {"__name__": "pkg_basic.alpha", "__package__": "pkg_basic"}, None, ["y"], 3)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {"__package__": 5}, None, ["y"], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {}, None, ["y"], 1)
except KeyError as e:
    print(type(e).__name__, e)
