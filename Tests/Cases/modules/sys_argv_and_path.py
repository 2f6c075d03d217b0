# sys.argv of a script and sys.path's first entry (the script's directory); both are lists.
import sys
print(sys.argv, type(sys.argv).__name__)
print(sys.path[0].endswith("/modules"), type(sys.path).__name__, all([type(p) is str for p in sys.path]))
print(any(["python3.11" in p for p in sys.path[1:]]))
sys.argv.append("x")
print(sys.argv[-1])
