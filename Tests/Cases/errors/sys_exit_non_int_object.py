# sys.exit with a non-integer, non-None object prints its str() and exits with status 1.
import sys

class Reason:
    def __str__(self):
        return "custom reason object"

try:
    sys.exit(Reason())
except SystemExit as e:
    print("caught once:", type(e.code).__name__, e)
print("exiting with a tuple")
sys.exit((1, "two"))
