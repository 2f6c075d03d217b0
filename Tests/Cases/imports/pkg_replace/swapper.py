# A module may put another object in sys.modules under its own name; the import gives that.
import sys
class Replacement:
    answer = 42
    def __repr__(self):
        return "<Replacement>"
sys.modules[__name__] = Replacement()
