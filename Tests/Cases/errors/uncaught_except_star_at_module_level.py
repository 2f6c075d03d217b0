# At module level the group built by except* from a clause's new error has no traceback of its own.
try:
    raise ExceptionGroup("module", [ValueError("v"), TypeError("t")])
except* ValueError:
    raise KeyError("replacement")
