# A failed submodule import leaves the package usable; a later import of a real submodule works.
import sys
try:
    import pkg_basic.sub.missing_one
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print("pkg_basic" in sys.modules, "pkg_basic.sub" in sys.modules, "pkg_basic.sub.missing_one" in sys.modules)
import pkg_basic.sub.gamma
print(pkg_basic.sub.gamma.GAMMA, hasattr(pkg_basic.sub, "missing_one"))
