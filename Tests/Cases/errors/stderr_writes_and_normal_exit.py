# Output to sys.stderr is captured separately; the program exits normally with status 0.
import sys
print("stdout line 1")
sys.stderr.write("stderr line 1\n")
print("stdout line 2")
print("stderr line 2", file=sys.stderr)
sys.stderr.write("no trailing newline")
