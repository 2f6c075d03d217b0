# BaseExceptionGroup.__new__ checks its arguments in order, with CPython's messages.
def attempt(label, make):
    try:
        print(label, "->", repr(make()))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)

class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("a"))
attempt("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("bytes message", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("int excs", lambda: ExceptionGroup("m", 5))
attempt("dict excs", lambda: ExceptionGroup("m", {ValueError(): 1}))
attempt("set excs", lambda: ExceptionGroup("m", {ValueError()}))
attempt("str excs", lambda: ExceptionGroup("m", "abc"))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: ExceptionGroup("m", ()))
attempt("non-exception", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("class not instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("base exception", lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("tuple ok", lambda: ExceptionGroup("m", (ValueError(1),)))
attempt("custom sequence", lambda: ExceptionGroup("m", Seq([TypeError(2)])).exceptions)
attempt("str subclass message", lambda: str(ExceptionGroup(type("S", (str,), {})("sub"), [ValueError()])))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("keyword on base", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()], extra=1))
attempt("__new__ with wrong class", lambda: BaseExceptionGroup.__new__(ValueError, "m", [ValueError()]))
attempt("__new__ ignores keywords", lambda: BaseExceptionGroup.__new__(BaseExceptionGroup, "m", [ValueError()], x=1))
