# args: ["stdin_iteration.py"]
# stdin: case
import sys
count = 0
for line in sys.stdin:
    count += 1
    if count <= 3:
        print(repr(line))
print(count, sys.stdin.isatty())
