# args: ["-u", "-B", "-E", "-s", "unbuffered_and_flags.py"]
# Options before the script name: -u, -B, -E, -s show in sys.flags.
import sys
print(sys.flags.dont_write_bytecode, sys.flags.ignore_environment, sys.flags.no_user_site, sys.dont_write_bytecode)
print(sys.argv)
sys.stderr.write("stderr line\n")
print("stdout after stderr")
