# Error messages of malformed format strings and specs.
cases = [("{", ()), ("}", ()), ("{0", (1,)), ("x}y", ()), ("{:>}", (1,)), ("{:10.}", (1.0,)),
         ("{:.}", ("s",)), ("{:,s}", ("s",)), ("{:=}", ("s",)), ("{:x}", (1.5,)), ("{:d}", (1.0,)),
         ("{:ss}", ("s",)), ("{:#s}", ("s",)), ("{:+s}", ("s",)), ("{:,}", ("s",)), ("{:<<<}", (1,)),
         ("{:10000000000000000000}", (1,)), ("{0:.{1}}", (1.5, -1)), ("{:.0d}", (1,)), ("{0!rr}", (1,))]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
for value, spec in [(1, "Q"), (1.5, "Q"), ("s", "Q"), (1j, "Q"), ([1], "Q"), (True, "Q")]:
    try:
        format(value, spec)
    except (ValueError, TypeError) as e:
        print(type(value).__name__, type(e).__name__, e)
