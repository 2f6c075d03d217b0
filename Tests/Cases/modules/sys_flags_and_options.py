# sys.flags as a struct sequence, sys.dont_write_bytecode and sys._xoptions defaults.
import sys
print(sys.flags.optimize, sys.flags.inspect, sys.flags.interactive, sys.flags.isolated, sys.flags.ignore_environment)
print(sys.flags.safe_path, sys.flags.dev_mode, sys.flags.int_max_str_digits, sys.flags.quiet)
print(type(sys.flags).__name__, len(sys.flags) > 10, sys._xoptions, sys.warnoptions)
print(type(sys.dont_write_bytecode).__name__)
