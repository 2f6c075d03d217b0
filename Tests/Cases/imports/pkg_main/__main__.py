import sys
print("pkg_main.__main__ runs as", __name__, "package", __package__, "argv", sys.argv[1:])
print("spec name", __spec__.name)
