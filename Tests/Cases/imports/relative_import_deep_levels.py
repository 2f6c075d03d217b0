# Relative imports three and four levels up.
import pkg_deep.a.b.c as leaf
print(leaf.LEAF, leaf.b_again.__name__, leaf.a_again.__name__)
