# sys.exit raises SystemExit with the code; catching it keeps the program running.
import sys
for arg in [(), (0,), (3,), ("message",), (None,), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
sys.exit(7)
