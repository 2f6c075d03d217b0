# A directory without __init__.py on sys.path is a namespace package.
import sys
sys.path.insert(0, sys.path[0] + "/ns_portion")
import nspkg.mod
print(nspkg.mod.WHERE, nspkg.__file__ if hasattr(nspkg, "__file__") else "no __file__")
print([p.replace(sys.path[1], "<dir>") for p in nspkg.__path__])
print(nspkg.__spec__.origin, nspkg.__name__)
