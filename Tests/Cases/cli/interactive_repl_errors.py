# args: ["-q", "-i"]
# stdin: case
undefined_name
x = (
  1 +
  2)
x
def broken(:
print("after syntax error", x)
import sys; sys.exit(5)
print("not reached")
