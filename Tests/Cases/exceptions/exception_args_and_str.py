# args, str() and repr() of exceptions with zero, one and several arguments.
for exc in [ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(None), ValueError(""), ValueError(("t",)),
            KeyError("k"), KeyError(), IndexError(5), Exception([1, 2]), RuntimeError("x", "y", "z")]:
    print(type(exc).__name__, repr(exc), "|" + str(exc) + "|", exc.args)
e = ValueError("first")
e.args = ("changed", 1)
print(e, repr(e))
e.args = ["list", "becomes", "tuple"]
print(e.args, type(e.args).__name__)
class MyError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
err = MyError(404, "not found")
print(err, repr(err), err.args, err.code)
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuperInit(7)
print(repr(n), str(n), n.args, n.x)
print(str(BaseException("a", "b")), BaseException().args, type(ValueError("x").args).__name__)
