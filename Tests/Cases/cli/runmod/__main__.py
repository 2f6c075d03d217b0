import sys
print("runmod.__main__:", __name__, __package__, __spec__.name, sys.argv[1:])
print("argv[0] is the file:", sys.argv[0].endswith("runmod/__main__.py"))
