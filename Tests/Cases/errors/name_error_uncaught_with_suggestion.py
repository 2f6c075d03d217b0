# Uncaught NameError: 3.11 adds "Did you mean" suggestions to the printed traceback only.
counter = 10
try:
    countr
except NameError as e:
    print("str(e) has no suggestion:", e)
print(countr + 1)
