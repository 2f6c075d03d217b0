# Module objects: setting, deleting and listing attributes; type and errors.
import pkg_basic.sub.gamma as g
import sys
g.added = "new"
print(g.added, "added" in g.__dict__, type(g).__name__, type(g) is type(sys))
del g.added
try:
    g.added
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del g.never_there
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([n for n in dir(g) if not n.startswith("__")]))
print(g.__dict__ is vars(g), isinstance(g.__dict__, dict))
