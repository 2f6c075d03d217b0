# message and exceptions are read-only members of BaseExceptionGroup.
g = ExceptionGroup("msg", [ValueError(1)])
for name, value in [("message", "new"), ("exceptions", ())]:
    try:
        setattr(g, name, value)
    except AttributeError as e:
        print(name, type(e).__name__, e)
    try:
        delattr(g, name)
    except AttributeError as e:
        print(name, "delete", type(e).__name__, e)
print(type(BaseExceptionGroup.__dict__["message"]).__name__, repr(BaseExceptionGroup.__dict__["message"]))
print(repr(ExceptionGroup.exceptions))
print(g.message, g.exceptions)
g.other = "instance attributes still work"
print(g.other)
try:
    BaseExceptionGroup.message.__get__(ValueError())
except TypeError as e:
    print(type(e).__name__, e)
