# `from package import *` imports submodules named in the package's __all__.
import sys
print("pkg_allsub.part" in sys.modules)
from pkg_allsub import *
print(VALUE, part.PART, "pkg_allsub.part" in sys.modules)
