# `import a.b.c` binds `a`; each level becomes an attribute of its parent.
import pkg_basic.sub.gamma
print(pkg_basic.__name__, pkg_basic.sub.__name__, pkg_basic.sub.gamma.GAMMA)
print(hasattr(pkg_basic, "sub"), hasattr(pkg_basic.sub, "gamma"), hasattr(pkg_basic, "alpha"))
