# An exception raised inside an except block shows the original under "During handling...".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"unknown key {key!r}")

print(lookup({"x": 1}, "x"))
lookup({"x": 1}, "y")
