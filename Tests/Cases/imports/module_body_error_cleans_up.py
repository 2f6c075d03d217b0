# A module whose body raises is removed from sys.modules; the next import runs it again.
import sys
for attempt in range(2):
    try:
        import pkg_errors.raises
    except ValueError as e:
        print(attempt, type(e).__name__, e, "pkg_errors.raises" in sys.modules)
try:
    import pkg_errors.name_error
except NameError as e:
    print(type(e).__name__, e)
