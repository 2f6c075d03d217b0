# Notes added with add_note() are printed after the exception line.
def check(value):
    if value < 0:
        err = ValueError(f"negative value: {value}")
        err.add_note("values must be >= 0")
        err.add_note("got it from check()")
        raise err
    return value

check(5)
check(-3)
