# Chained exceptions are printed before the group, and members' own chains appear inside their boxes.
def member():
    try:
        1 / 0
    except ZeroDivisionError as e:
        try:
            raise ValueError("while dividing")
        except ValueError as v:
            return v

try:
    {}["missing"]
except KeyError as cause:
    raise ExceptionGroup("caused", [member(), RuntimeError("second")]) from cause
