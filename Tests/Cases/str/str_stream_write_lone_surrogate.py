# sys.stdout.write of a lone surrogate raises UnicodeEncodeError (strict UTF-8); sys.stderr
# writes it backslash-escaped.
import sys
try:
    sys.stdout.write("a\udc80")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(sys.stdout.write("ok\n"))
print(sys.stderr.write("err \ud800\n"))
