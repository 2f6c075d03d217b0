# sys.modules is a real dict shared with the import system.
import sys
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules["sys"] is sys)
import math
print(sys.modules.get("math") is math, "no_such" in sys.modules)
main = sys.modules[__name__]
main_value = 5
print(main.main_value, main.__dict__ is globals())
