# args: []
# stdin: case
import sys
total = 0
for i in range(5):
    total += i
print("read from stdin without arguments:", total, sys.argv)
