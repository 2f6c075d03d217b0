# Printing a lone surrogate to stdout (UTF-8, strict) raises UnicodeEncodeError once the
# pieces before it are written.
print("ok", 1)
try:
    print("a", "x\udcff")
except UnicodeEncodeError as e:
    print()
    print(type(e).__name__, e, e.start, e.end)
print("b", "\ud800", "never")
