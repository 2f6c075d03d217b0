# Bare raise in except* of a naked exception at module level re-raises the wrapper group.
def f():
    raise ValueError("naked")
try:
    f()
except* ValueError:
    raise
