# Function objects carry __name__, __qualname__, __doc__, __module__, __defaults__ and a __dict__.
def outer(x, y=2, *args, z=3, **kw):
    "outer docstring"
    def inner():
        return x
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__, outer.__defaults__, outer.__kwdefaults__)
inner = outer(1)
print(inner.__name__, inner.__qualname__, inner.__doc__, inner.__defaults__, len(inner.__closure__))
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames, code.co_freevars, code.co_cellvars)
print(inner.__code__.co_freevars, inner.__code__.co_qualname)
outer.custom = "attribute"
print(outer.custom, outer.__dict__, sorted(vars(outer)))
outer.__name__ = "renamed"
outer.__qualname__ = "Renamed.q"
print(outer.__name__, outer.__qualname__)
try:
    outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def m(self):
        pass
    class Nested:
        def n(self):
            pass
print(K.m.__qualname__, K.Nested.n.__qualname__, K.Nested.__qualname__, (lambda: 0).__qualname__)
print(type(outer).__name__, callable(outer), outer.__globals__ is globals())
