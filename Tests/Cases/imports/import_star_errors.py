# `import *` with a non-str in __all__, or a name in __all__ that does not exist.
try:
    from pkg_star.bad_all import *
except TypeError as e:
    print(type(e).__name__, e)
try:
    from pkg_star.missing_in_all import *
except AttributeError as e:
    print(type(e).__name__, e)
print(present)
