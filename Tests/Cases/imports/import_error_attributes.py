# ImportError(msg, name=, path=): attributes, str, and keyword errors.
e = ImportError("message", name="modname", path="/some/path")
print(e, e.name, e.path, e.msg, e.args)
e = ImportError()
print(repr(str(e)), e.name, e.path, e.msg, e.args)
e = ImportError("a", "b")
print(e, e.msg, e.args)
e = ModuleNotFoundError("No module named 'x'", name="x")
print(repr(e), e.name, isinstance(e, ImportError))
try:
    ImportError("m", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
e = ImportError("m")
e.msg = "changed"
print(e, e.args)
