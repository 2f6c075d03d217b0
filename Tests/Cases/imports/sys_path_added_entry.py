# Entries added to sys.path are searched by later imports.
import sys
print(sys.path[0].endswith("/imports"))
try:
    import plain_extra
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path.append(sys.path[0] + "/extra_dir")
import plain_extra
print(plain_extra.NAME, plain_extra.__name__, plain_extra.__package__ == "")
