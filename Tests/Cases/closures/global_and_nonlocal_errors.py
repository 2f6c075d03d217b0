# Name resolution errors: undefined globals, deleted globals and builtins.
def uses_missing():
    return not_defined_anywhere
try:
    uses_missing()
except NameError as e:
    print(type(e).__name__, e, e.name)
g = 1
del g
try:
    g
except NameError as e:
    print(type(e).__name__, e)
try:
    del g
except NameError as e:
    print(type(e).__name__, e)
def del_global():
    global never_existed
    del never_existed
try:
    del_global()
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_function()
except NameError as e:
    print(type(e).__name__, e)
print(isinstance(NameError("x"), Exception), NameError.__mro__[1].__name__)
