# The attributes the import system sets on a module and a package.
import sys
import pkg_basic.alpha as alpha
import pkg_basic
here = sys.path[0]
for m in (pkg_basic, alpha):
    print(m.__name__, m.__package__, m.__doc__, m.__spec__.name, m.__spec__.parent)
    print("  file:", m.__file__.replace(here, "<dir>"))
    print("  cached:", m.__cached__.replace(here, "<dir>"))
    print("  origin:", m.__spec__.origin.replace(here, "<dir>"))
print([p.replace(here, "<dir>") for p in pkg_basic.__path__], hasattr(alpha, "__path__"))
print(type(alpha.__builtins__).__name__)
print(__name__, __package__, __spec__)
