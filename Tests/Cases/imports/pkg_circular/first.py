# Imports second, which imports this module back while it is still initializing.
print("first starts")
from . import second
DEFINED_LATE = "late"
print("first ends")
