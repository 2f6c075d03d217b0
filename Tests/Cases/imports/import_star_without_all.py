# Without __all__, `import *` takes the names not starting with an underscore.
from pkg_star.without_all import *
print(visible, helper())
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
