# OSError(errno, strerror) constructs the matching subclass and formats str().
e = OSError(2, "No such file or directory")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
e = OSError(2, "No such file", "data.txt")
print(type(e).__name__, e, e.filename, e.args)
e = OSError(17, "File exists", "a", 0, "b")
print(type(e).__name__, e, e.filename2)
for code in [1, 11, 13, 20, 21, 32, 104, 110, 111, 9999]:
    print(code, type(OSError(code, "msg")).__name__)
print(OSError("just a message"), OSError(), repr(OSError(5)), OSError(1, 2, 3, 4, 5, 6).args)
print(FileNotFoundError(2, "x").errno, type(FileNotFoundError(13, "x")).__name__, str(PermissionError("p")))
