# print() with sep, end, file and flush, and its argument errors.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="", end="|\n")
print("no newline", end="")
print(" <- continued")
print()
print(1, 2.5, None, [1], sep=", ", end=".\n")
print("x", sep=None, end=None)
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print("file=None means stdout", file=None)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print("collected", 42, sep=":", file=c)
print(c.parts)
for kwargs in [{"sep": 1}, {"end": 2}, {"file": 5}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc"), end="\n")
