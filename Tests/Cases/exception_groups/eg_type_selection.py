# BaseExceptionGroup becomes ExceptionGroup when every member is an Exception; subclasses keep their class.
class MyGroup(ExceptionGroup):
    pass

class MyBaseGroup(BaseExceptionGroup):
    pass

class Both(Exception, BaseExceptionGroup):
    pass

def show(label, make):
    try:
        g = make()
        print(label, type(g).__name__, isinstance(g, Exception), str(g))
    except TypeError as e:
        print(label, "TypeError", e)

show("base of exceptions", lambda: BaseExceptionGroup("b", [ValueError(), TypeError()]))
show("base with interrupt", lambda: BaseExceptionGroup("b", [ValueError(), KeyboardInterrupt()]))
show("base of base groups", lambda: BaseExceptionGroup("b", [BaseExceptionGroup("inner", [SystemExit()])]))
show("base of exception groups", lambda: BaseExceptionGroup("b", [BaseExceptionGroup("inner", [OSError()])]))
show("group with interrupt", lambda: ExceptionGroup("e", [KeyboardInterrupt()]))
show("my group", lambda: MyGroup("m", [ValueError()]))
show("my group with exit", lambda: MyGroup("m", [SystemExit()]))
show("my base group", lambda: MyBaseGroup("m", [ValueError()]))
show("my base group with exit", lambda: MyBaseGroup("m", [SystemExit()]))
show("both", lambda: Both("m", [ValueError()]))
show("both with exit", lambda: Both("m", [SystemExit()]))
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
