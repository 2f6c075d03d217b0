"""pyvm's _io: the standard library's own pure-Python implementation of the io stack
(_pyio: FileIO over posix file descriptors, buffering, TextIOWrapper, BytesIO,
StringIO), presented under the names CPython's C module `_io` has.

_pyio imports `io` to register its classes with io's ABCs, while io is the module
importing us; so _pyio is loaded against a stand-in `io` holding just what it reads at
import time, and the real io (or nothing) is put back afterwards."""

import sys as _sys

DEFAULT_BUFFER_SIZE = 8192
BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class FileIO:
    """Stand-in while _pyio loads (it registers `_io.FileIO` before defining its own)."""


def _load_pyio():
    modules = _sys.modules
    real_io = modules.get("io")

    class _ABC:
        @classmethod
        def register(cls, subclass):
            return subclass

    standin = type(_sys)("io")
    standin.__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
                       "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
                       "BufferedReader", "BufferedWriter", "BufferedRWPair",
                       "BufferedRandom", "TextIOBase", "TextIOWrapper",
                       "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
                       "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]
    standin.SEEK_SET, standin.SEEK_CUR, standin.SEEK_END = 0, 1, 2
    standin.IOBase = standin.RawIOBase = standin.BufferedIOBase = standin.TextIOBase = _ABC
    standin.UnsupportedOperation = UnsupportedOperation
    standin.open_code = open_code
    modules["io"] = standin
    try:
        import _pyio
    finally:
        if real_io is None:
            modules.pop("io", None)
        else:
            modules["io"] = real_io
    return _pyio


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


_pyio = _load_pyio()


# Where _pyio's messages differ from the C module's, use the C module's.

def _unsupported(self, name):
    raise UnsupportedOperation(name)


_pyio.IOBase._unsupported = _unsupported


def _text_method(method, needs):
    def checked(self, *args):
        if not self.closed and not getattr(self.buffer, needs)():
            raise UnsupportedOperation("not " + needs)
        return method(self, *args)
    checked.__name__ = method.__name__
    checked.__qualname__ = method.__qualname__
    checked.__doc__ = method.__doc__
    return checked


for _name, _needs in (("write", "writable"), ("read", "readable"), ("readline", "readable")):
    setattr(_pyio.TextIOWrapper, _name, _text_method(getattr(_pyio.TextIOWrapper, _name), _needs))
del _name, _needs


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Open file and return a stream.  Raise OSError upon failure."""
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    seen = set()
    for c in mode:
        if c not in "rwxabt+" or c in seen:
            raise ValueError("invalid mode: %r" % mode)
        seen.add(c)
    if "t" in seen and "b" in seen:
        raise ValueError("can't have text and binary mode at once")
    if len(seen & set("rwxa")) > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not seen & set("rwxa"):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if "b" in seen:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
    return _pyio.open(file, mode, buffering, encoding, errors, newline, closefd, opener)


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    return _pyio.os.fspath(path)

FileIO = _pyio.FileIO
BytesIO = _pyio.BytesIO
StringIO = _pyio.StringIO
BufferedReader = _pyio.BufferedReader
BufferedWriter = _pyio.BufferedWriter
BufferedRWPair = _pyio.BufferedRWPair
BufferedRandom = _pyio.BufferedRandom
IncrementalNewlineDecoder = _pyio.IncrementalNewlineDecoder
TextIOWrapper = _pyio.TextIOWrapper
text_encoding = _pyio.text_encoding
_IOBase = _pyio.IOBase
_RawIOBase = _pyio.RawIOBase
_BufferedIOBase = _pyio.BufferedIOBase
_TextIOBase = _pyio.TextIOBase
