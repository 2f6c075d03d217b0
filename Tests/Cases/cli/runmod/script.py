import sys
print("runmod.script:", __name__, __package__, __spec__.name, sys.argv[1:], __file__.endswith("runmod/script.py"))
if __name__ == "__main__":
    sys.exit(3)
