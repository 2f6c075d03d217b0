# A module that replaces its sys.modules entry: the import statement binds the replacement.
import pkg_replace.swapper as s
from pkg_replace import swapper
import sys
print(s, s.answer, swapper is s, sys.modules["pkg_replace.swapper"] is s)
