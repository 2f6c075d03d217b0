# args: ["-", "arg1"]
# stdin: case
import sys
print("script from stdin", sys.argv, __name__)
print(__file__ if "__file__" in dir() else "no __file__")
