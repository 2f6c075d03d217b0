# sys.exit("msg") prints the message on stderr and exits with status 1.
import sys

def check_config(config):
    if "path" not in config:
        sys.exit("fatal: configuration missing 'path'")
    return config["path"]

print(check_config({"path": "/tmp"}))
print("about to fail")
check_config({})
print("never printed")
