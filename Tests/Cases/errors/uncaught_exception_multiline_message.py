# A multi-line exception message is printed verbatim after the exception name.
def report(errors):
    message = "found problems:\n" + "\n".join([f"  - {e}" for e in errors])
    if errors:
        raise ValueError(message)
    return "ok"

print(report([]))
try:
    report(["caught"])
except ValueError as e:
    print(repr(str(e)))
report(["missing name", "bad date"])
