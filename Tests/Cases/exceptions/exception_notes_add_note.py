# PEP 678 notes: add_note appends to __notes__.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), e.args)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        inner.add_note("added while handling")
        raise
except KeyError as caught:
    print(caught.__notes__)
e2 = RuntimeError()
e2.__notes__ = ["preset"]
e2.add_note("appended")
print(e2.__notes__)
e3 = RuntimeError()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
