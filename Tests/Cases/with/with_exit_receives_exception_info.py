# __exit__ gets the exception type, instance and traceback.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("type:", exc_type.__name__ if exc_type else None)
        print("value:", repr(exc))
        print("tb is traceback:", type(tb).__name__, tb.tb_lineno if tb else None)
        print("value is instance of type:", isinstance(exc, exc_type) if exc_type else None)
        return True
with Inspect():
    raise KeyError("key")
with Inspect():
    {}["missing"]
with Inspect():
    pass
with Inspect():
    raise StopIteration
class ExitSeesContext:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("context:", repr(exc.__context__))
        return True
try:
    raise ValueError("first")
except ValueError:
    with ExitSeesContext():
        raise TypeError("second")
