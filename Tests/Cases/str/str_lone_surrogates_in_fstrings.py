# f-strings, str.format and %s keep lone surrogates.
s = chr(0xD800)
t = "a" + s + "b"
print(repr(f"{t}"), repr(f"<{s}>"), repr("{}".format(s)), repr("%s" % s), repr(format(s)), repr(f"{s!s:>3}"))
