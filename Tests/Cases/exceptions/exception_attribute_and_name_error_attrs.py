# AttributeError.name/.obj and NameError.name are set by the interpreter.
class Thing:
    pass
t = Thing()
try:
    t.missing
except AttributeError as e:
    print(e.name, e.obj is t, e)
try:
    undefined_name
except NameError as e:
    print(e.name, e)
try:
    (1).nope
except AttributeError as e:
    print(e.name, e.obj)
e = NameError("custom", name="given")
print(e.name, e.args)
e = AttributeError("custom", name="n", obj=[1])
print(e.name, e.obj, e.args)
try:
    AttributeError("x", bogus=1)
except TypeError as err:
    print(type(err).__name__, err)
try:
    getattr(t, "dynamic")
except AttributeError as e:
    print(e.name, e.obj is t)
