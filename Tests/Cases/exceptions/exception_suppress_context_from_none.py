# raise ... from None hides the context but keeps it in __context__.
try:
    try:
        {}["missing"]
    except KeyError:
        raise AttributeError("no such attribute") from None
except AttributeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
e = ValueError()
print(e.__suppress_context__, e.__cause__, e.__context__)
e.__cause__ = None
print(e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
e.__cause__ = KeyError()
print(e.__suppress_context__)
