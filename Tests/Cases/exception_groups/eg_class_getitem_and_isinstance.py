# Exception group types are generic (ExceptionGroup[ValueError]) and ordinary exception classes.
alias = ExceptionGroup[ValueError]
print(alias, alias.__origin__ is ExceptionGroup, alias.__args__)
print(BaseExceptionGroup[KeyboardInterrupt, SystemExit])
g = ExceptionGroup("g", [ValueError()])
print(isinstance(g, ExceptionGroup), isinstance(g, BaseExceptionGroup), isinstance(g, Exception))
b = BaseExceptionGroup("b", [SystemExit()])
print(isinstance(b, ExceptionGroup), isinstance(b, Exception), isinstance(b, BaseException))
try:
    raise g
except Exception as e:
    print("caught by except Exception:", repr(e))
try:
    raise b
except Exception:
    print("unreachable")
except BaseException as e:
    print("caught by except BaseException:", repr(e))
