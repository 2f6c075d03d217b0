# An import inside a function binds a local name; the module stays in sys.modules.
import sys
def load():
    import pkg_basic.sub.gamma
    from pkg_basic.alpha import greet
    return pkg_basic.sub.gamma.GAMMA, greet("function"), "pkg_basic" in dir()
print(load())
print("pkg_basic" in globals(), "pkg_basic.alpha" in sys.modules)
