# AttributeError messages for instances, classes, modules-like objects and builtins.
class A:
    pass
for target, name in [(A(), "x"), (A, "x"), (1, "x"), ("s", "x"), ([], "x"), (None, "x"), (int, "x"), (len, "x")]:
    try:
        getattr(target, name)
    except AttributeError as e:
        print(type(e).__name__, e)
for target, name in [(1, "x"), ([], "append"), (object(), "x"), (len, "x"), (int, "x")]:
    try:
        setattr(target, name, 1)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del A().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A().__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
e = AttributeError("custom")
print(e, e.args, e.name, e.obj)
try:
    A().missing
except AttributeError as err:
    print(err.name, type(err.obj).__name__)
