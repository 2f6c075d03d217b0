# A RecursionError traceback collapses repeated frames into "[Previous line repeated N more times]".
def countdown(n):
    return countdown(n - 1)

print("starting")
countdown(10)
