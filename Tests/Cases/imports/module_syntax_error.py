# A SyntaxError in an imported module carries the module's file and line.
import sys
try:
    import pkg_errors.bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
    print(e.filename.replace(sys.path[0], "<dir>"))
    print(str(e))
print("pkg_errors.bad_syntax" in sys.modules)
