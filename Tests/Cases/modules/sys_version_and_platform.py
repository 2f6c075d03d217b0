# sys's version information: version_info as a struct sequence, hexversion, platform data.
import sys
print(sys.version_info, sys.version_info[:3], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 11), sys.version_info < (3, 12), len(sys.version_info), type(sys.version_info).__name__)
print(hex(sys.hexversion), sys.platform, sys.byteorder, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(sys.version.startswith("3.11.7"), sys.implementation.name, sys.implementation.cache_tag)
major, minor, micro, level, serial = sys.version_info
print(major, minor, micro, level, serial)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
