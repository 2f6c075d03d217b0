# sys.stdout/sys.stderr: write returns the length; print(file=) goes to the stream.
import sys
n = sys.stdout.write("to stdout\n")
print(n)
m = sys.stderr.write("to stderr\n")
print(m, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print("via print", file=sys.stderr)
sys.stdout.flush()
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
