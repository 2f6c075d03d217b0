# A circular import sees the partially initialized module; errors say so.
import pkg_circular.first
print(pkg_circular.first.DEFINED_LATE, pkg_circular.second.first is pkg_circular.first)
