# An uncaught exception at module level prints a traceback on stderr and exits with status 1.
print("before the error")
values = {"a": 1}
total = values["a"] + 1
print("total", total)
result = total / (values["a"] - 1)
print("never printed")
