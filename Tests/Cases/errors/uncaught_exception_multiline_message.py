# A multi-line exception message is printed verbatim after the exception name.
def report(errors):
    raise ValueError("found problems:\n" + "\n".join([f"  - {e}" for e in errors]))

report(["missing name", "bad date"])
