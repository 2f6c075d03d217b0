# A member whose context is another exception shows that context inside its box, behind the margin.
def make():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise TypeError("replacement")
        except TypeError as e:
            return e

raise ExceptionGroup("g", [make(), ExceptionGroup("sub", [make()])])
