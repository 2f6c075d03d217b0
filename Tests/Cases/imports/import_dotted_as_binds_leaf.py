# `import a.b.c as x` binds the leaf module.
import pkg_basic.sub.gamma as g
import sys
print(g.__name__, g.GAMMA, g is sys.modules["pkg_basic.sub.gamma"])
print("pkg_basic" in dir(), "g" in dir())
