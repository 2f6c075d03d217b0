# args: ["stdin_input_builtin.py"]
# stdin: case
# input() and sys.stdin read the script's standard input (this file itself).
import sys
first = input()
second = input("prompt> ")
print()
print(repr(first), repr(second))
print(repr(sys.stdin.readline()))
rest = sys.stdin.readlines()
print(len(rest), repr(rest[-1]))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
