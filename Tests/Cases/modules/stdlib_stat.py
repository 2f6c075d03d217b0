# The stdlib stat module: mode bits, tests and filemode() through its pure-Python fallback.
import stat
for mode in [0o100644, 0o040755, 0o120777, 0o010600, 0o100755 | stat.S_ISUID]:
    print(oct(mode), stat.S_ISREG(mode), stat.S_ISDIR(mode), stat.S_ISLNK(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)))
print(stat.S_IFMT(0o100644) == stat.S_IFREG, stat.ST_SIZE, stat.UF_HIDDEN, stat.FILE_ATTRIBUTE_DIRECTORY)
