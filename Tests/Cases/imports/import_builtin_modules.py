# Native modules: sys and builtins are importable, identical everywhere and marked built-in.
import sys, builtins, math
import builtins as b2
print(builtins is b2, builtins is sys.modules["builtins"], builtins.len is len)
print(repr(sys), repr(builtins))
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(type(sys.builtin_module_names).__name__)
print(sys.__name__, sys.__spec__.name, sys.__spec__.origin, builtins.__name__)
