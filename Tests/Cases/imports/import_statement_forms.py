# Every import statement form against one package, and the names each binds.
import pkg_basic.alpha, pkg_basic.sub.gamma as gm
from pkg_basic.alpha import greet as hello, ALPHA
from pkg_basic import (alpha as a2,
                       sub)
print(sorted([n for n in dir() if not n.startswith("__")]))
print(hello("x"), ALPHA, a2 is pkg_basic.alpha, sub.gamma is gm)
