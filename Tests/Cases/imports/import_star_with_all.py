# `from m import *` takes exactly __all__, private names included.
from pkg_star.with_all import *
print(public_one, _listed_private)
try:
    public_two
except NameError as e:
    print(type(e).__name__, e)
