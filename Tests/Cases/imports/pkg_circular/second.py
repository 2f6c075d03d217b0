print("second starts")
from . import first
try:
    from .first import DEFINED_LATE
except ImportError as e:
    print("second:", type(e).__name__, str(e).split(" (most")[0])
try:
    first.DEFINED_LATE
except AttributeError as e:
    print("second:", type(e).__name__, e)
print("second ends")
