# Statements that do nothing, and docstrings as the only body.
def f():
    pass
def g():
    "only a docstring"
def h():
    ...
class Empty:
    pass
class OnlyDoc:
    """doc of class"""
print(f(), g(), h(), Empty.__name__, OnlyDoc.__doc__, g.__doc__, h.__doc__)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print("all passed")
