# raise with a class instantiates it; raising non-exceptions is a TypeError.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
for bad in [5, "string", ValueError.__mro__, object, None]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
class BadInit(Exception):
    def __init__(self):
        raise KeyError("during __init__")
try:
    raise BadInit
except KeyError as e:
    print(type(e).__name__, e)
class Returning(Exception):
    def __new__(cls, *args):
        return 5
try:
    raise Returning
except TypeError as e:
    print(type(e).__name__, e)
