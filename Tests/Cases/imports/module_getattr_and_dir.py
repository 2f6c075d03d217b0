# PEP 562: a module's __getattr__ answers missing attributes, __dir__ answers dir().
import pkg_getattr
print(pkg_getattr.real, pkg_getattr.dyn_value, getattr(pkg_getattr, "dyn_x"))
from pkg_getattr import dyn_imported
print(dyn_imported)
try:
    pkg_getattr.other
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(pkg_getattr))
print(hasattr(pkg_getattr, "dyn_y"), hasattr(pkg_getattr, "zzz"))
