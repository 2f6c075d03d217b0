# Slot wrappers exist only for the operators a builtin type implements; subclasses share the base's.
class C: pass
print(hasattr(object(), "__add__"), hasattr(C(), "__sub__"), hasattr(C, "__mul__"), hasattr("", "__sub__"), hasattr([], "__add__"), hasattr(1, "__add__"))
print(hasattr(C(), "__lt__"), hasattr(C(), "__eq__"), hasattr({}, "__or__"), hasattr({1}, "__and__"), hasattr(1.5, "__floordiv__"), hasattr(1j, "__floordiv__"))
print(hasattr(b"", "__mod__"), hasattr("", "__mod__"), hasattr([], "__mul__"), hasattr((), "__rmul__"), hasattr(True, "__and__"), hasattr(1.0, "__and__"))
class I(int): pass
w = I.__neg__
del I
print(type(w).__name__)
try: print(w(5))
except TypeError as e: print(e)
try: w()
except TypeError as e: print(e)
