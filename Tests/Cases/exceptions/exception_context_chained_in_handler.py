# An exception raised while handling another gets it as __context__ automatically.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("in handler")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    finally:
        raise IndexError("from finally")
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            raise TypeError("c")
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
def helper():
    raise OSError("in helper")
try:
    try:
        [][0]
    except IndexError:
        helper()
except OSError as e:
    print(repr(e), repr(e.__context__))
try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__)
