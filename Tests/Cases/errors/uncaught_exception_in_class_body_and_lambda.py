# Frames of class bodies and lambdas appear in the traceback with their names.
class Settings:
    defaults = {"retries": 3}
    convert = lambda value: int(value)
    retries = convert("three")

print("unreachable")
