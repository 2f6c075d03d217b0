# args: ["-P", "safe_path_option.py"]
# -P leaves the script's directory out of sys.path.
import sys
print(sys.flags.safe_path, any([p.endswith("/cli") for p in sys.path]))
try:
    import runmod
    print("imported runmod")
except ImportError as e:
    print(type(e).__name__, e)
