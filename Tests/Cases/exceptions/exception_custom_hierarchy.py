# User exception hierarchies, __str__ overrides, and catching by base class.
class AppError(Exception):
    default = "application error"
    def __init__(self, msg=None, *, code=0):
        super().__init__(msg or self.default)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    default = "not found"
class Forbidden(AppError):
    pass
for exc in [NotFound(code=404), Forbidden("go away", code=403), AppError()]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound handler:", e, repr(e))
    except AppError as e:
        print("AppError handler:", e, type(e).__name__, e.code)
print([c.__name__ for c in NotFound.__mro__])
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])
