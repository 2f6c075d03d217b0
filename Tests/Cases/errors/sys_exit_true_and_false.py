# sys.exit(False) is status 0 and sys.exit(True) status 1 (bool is an int).
import sys

try:
    sys.exit(False)
except SystemExit as e:
    print("False ->", repr(e.code))
print("exit with True")
sys.exit(True)
