# A package's __init__ runs once; later imports (any form) reuse sys.modules.
import pkg_basic
import pkg_basic
from pkg_basic import VALUE
import pkg_basic.alpha
import pkg_basic.alpha as again
print(VALUE, again is pkg_basic.alpha, pkg_basic.alpha.ALPHA)
