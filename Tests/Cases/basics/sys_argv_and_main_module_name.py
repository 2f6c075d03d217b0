# The script sees its own name (as given on the command line) in sys.argv and runs as __main__.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith(".py"))
print(__name__)
if __name__ == "__main__":
    print("running as the main module")
def f():
    return __name__
print(f(), f.__module__, type(sys.argv).__name__)
