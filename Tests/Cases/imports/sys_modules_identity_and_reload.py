# sys.modules caches modules; removing an entry makes the next import run the body again.
import sys
import pkg_basic.sub.gamma as first
print(sys.modules["pkg_basic.sub.gamma"] is first, "pkg_basic.sub" in sys.modules)
del sys.modules["pkg_basic.sub.gamma"]
import pkg_basic.sub.gamma as second
print(second is first, second.GAMMA, sys.modules["pkg_basic.sub.gamma"] is second)
print(sys.modules["__main__"].__name__, sys.modules["sys"] is sys)
