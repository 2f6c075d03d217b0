# sys._getframe: the caller's frame object and its globals, code and name (as namedtuple uses it).
import sys
def inner():
    f = sys._getframe()
    caller = sys._getframe(1)
    return f.f_code.co_name, caller.f_code.co_name, f.f_globals is globals(), caller.f_globals["__name__"]
def outer():
    return inner()
print(outer())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_globals["__name__"], type(sys._getframe()).__name__)
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
