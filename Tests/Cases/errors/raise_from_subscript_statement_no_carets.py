# A raise statement spanning its whole line gets no carets, even when it ends in a subscript or operator.
def fail(parts):
    try:
        parts[0] / 0
    except ZeroDivisionError as e:
        raise RuntimeError("could not divide") from [e][0]

fail([1])
