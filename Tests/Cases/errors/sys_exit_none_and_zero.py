# sys.exit() and sys.exit(None) exit with status 0; finally blocks still run.
import sys
try:
    print("in try")
    sys.exit()
finally:
    print("finally runs during sys.exit")
