# The same member twice: its context chain is printed only the first time (the seen set).
def make():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError as e:
            return e
e = make()
g = ExceptionGroup("twice", [e, e])
g2 = ExceptionGroup("outer", [g, TypeError("t")])
g.__context__ = g2
raise g2
