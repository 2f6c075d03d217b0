# SystemExit.code reflects its arguments; sys.exit raises SystemExit which can be caught.
import sys
for args in [(), (0,), (3,), ("message",), (1, 2), (None,)]:
    e = SystemExit(*args)
    print(args, repr(e.code), e.args)
try:
    sys.exit(7)
except SystemExit as e:
    print("caught sys.exit:", e.code, type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit("bye")
except SystemExit as e:
    print("caught sys.exit:", repr(e.code), str(e))
try:
    sys.exit()
except SystemExit as e:
    print("caught sys.exit():", e.code, e.args)
try:
    try:
        sys.exit(1)
    except Exception:
        print("Exception handler does not catch SystemExit")
except SystemExit:
    print("BaseException-level handler catches it")
print("still running")
