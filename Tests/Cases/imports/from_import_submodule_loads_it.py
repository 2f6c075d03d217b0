# `from package import name` imports the submodule when the package has no such attribute.
from pkg_basic import alpha, sub
from pkg_basic.sub import gamma as gm
print(alpha.greet("main"), sub.__name__, gm.GAMMA)
