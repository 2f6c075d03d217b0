# args: ["-I", "isolated_option.py"]
# -I: isolated mode implies -E, -P and -s.
import sys
print(sys.flags.isolated, sys.flags.ignore_environment, sys.flags.safe_path, sys.flags.no_user_site)
print(any([p.endswith("/cli") for p in sys.path]))
