# Modules that import each other work when names are used only after both finished.
from pkg_circular import loop_a, loop_b
print(loop_b.b_func(), loop_a.loop_b is loop_b, loop_b.loop_a is loop_a)
