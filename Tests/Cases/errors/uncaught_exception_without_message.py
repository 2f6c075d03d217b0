# An uncaught exception without arguments prints only its class name (no colon).
def fail(kind):
    if kind == "class":
        raise NotImplementedError
    raise RuntimeError("")

try:
    fail("empty")
except RuntimeError as e:
    print("caught:", repr(str(e)))
fail("class")
