# An exception raised in finally replaces the pending one, which becomes its __context__.
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
except ValueError:
    print("original escaped?")
def g():
    try:
        return "value"
    finally:
        raise RuntimeError("finally wins over return")
try:
    g()
except RuntimeError as e:
    print(repr(e), e.__context__)
def h():
    try:
        try:
            raise ValueError(1)
        finally:
            print("inner finally")
    finally:
        print("outer finally")
try:
    h()
except ValueError as e:
    print("propagated", e)
