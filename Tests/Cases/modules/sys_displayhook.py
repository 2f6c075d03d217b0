# sys.displayhook prints a value's repr and stores it in builtins._; None is not shown.
import sys, builtins
sys.displayhook(None)
sys.displayhook([1, "two"])
print(builtins._)
sys.displayhook("text")
print(repr(builtins._), sys.displayhook is sys.__displayhook__)
