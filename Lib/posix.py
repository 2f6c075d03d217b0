"""This module provides access to operating system functionality that is
standardized by the C Standard and the POSIX standard (a thinly disguised Unix
interface).  Refer to the library manual and corresponding Unix manual entries for
more information on calls.

pyvm's posix: the system calls themselves go through the embedding Host
(`_posixcalls.call`); this module gives them CPython's Python-level interface."""

import _posixcalls
from _posixconsts import *

_call = _posixcalls.call
error = OSError
# No *at() variants: dir_fd is not supported, so os.supports_dir_fd stays empty.
_have_functions = ["HAVE_FSTATAT", "HAVE_LSTAT"]


def _fsencode(text):
    try:
        return text.encode("utf-8", "surrogateescape")
    except LookupError:
        return text.encode("utf-8")


def _fsdecode(data):
    try:
        return data.decode("utf-8", "surrogateescape")
    except LookupError:
        return data.decode("utf-8", "replace")


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


def _path(function, path, allow_fd=False, name="path", nullable=False):
    """The bytes (or file descriptor) a call is made with, checked as CPython's
    path_converter does."""
    if path is None and nullable:
        return b"."
    if allow_fd and isinstance(path, int) and not isinstance(path, bool):
        return path
    if isinstance(path, str):
        data = _fsencode(path)
    elif isinstance(path, bytes):
        data = path
    elif hasattr(type(path), "__fspath__"):
        value = type(path).__fspath__(path)
        if isinstance(value, str):
            data = _fsencode(value)
        elif isinstance(value, bytes):
            data = value
        else:
            raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                            .format(type(path).__name__, type(value).__name__))
    else:
        allowed = "string, bytes, os.PathLike or integer" if allow_fd else \
            "string, bytes or os.PathLike"
        if nullable:
            allowed += " or None"
        raise TypeError("%s: %s should be %s, not %s"
                        % (function, name, allowed, type(path).__name__))
    if b"\0" in data:
        if isinstance(path, bytes):
            raise ValueError("%s: embedded null character in %s" % (function, name))
        raise ValueError("embedded null byte")
    return data


def _no_dir_fd(function, dir_fd):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")


class _StructSequence(tuple):
    """A tuple whose items are also named attributes (CPython's structseq)."""
    _fields = ()
    _extra_fields = ()

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        visible = len(cls._fields)
        total = visible + len(cls._extra_fields)
        if len(items) < visible:
            raise TypeError("%s() takes an at least %d-sequence (%d-sequence given)"
                            % (cls._qualified, visible, len(items)))
        if len(items) > total:
            raise TypeError("%s() takes an at most %d-sequence (%d-sequence given)"
                            % (cls._qualified, total, len(items)))
        self = tuple.__new__(cls, items[:visible])
        extra = list(items[visible:])
        extra += [None] * (total - len(items))
        if dict:
            for i, name in enumerate(cls._extra_fields):
                if name in dict:
                    extra[i] = dict[name]
        self._extra = tuple(extra)
        return self

    def __repr__(self):
        return "%s(%s)" % (self._qualified, ", ".join(
            "%s=%r" % (name, value) for name, value in zip(self._fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self) + self._extra,))



def _field(index):
    return property(lambda self: self[index])


def _extra_field(index):
    return property(lambda self: self._extra[index])


class stat_result(_StructSequence):
    """stat_result: Result from stat, fstat, or lstat."""
    __module__ = "os"
    _qualified = "os.stat_result"
    # Items 7-9 are the whole-second times; the attributes of those names are floats.
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime")
    _extra_fields = ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
                     "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev")


for _i, _name in enumerate(stat_result._fields[:7]):
    setattr(stat_result, _name, _field(_i))
for _i, _name in enumerate(stat_result._extra_fields):
    setattr(stat_result, _name, _extra_field(_i))
del _i, _name


def _stat_result(raw):
    (mode, ino, dev, nlink, uid, gid, size, a_s, a_ns, m_s, m_ns, c_s, c_ns,
     blksize, blocks, rdev) = raw
    return stat_result((mode, ino, dev, nlink, uid, gid, size, a_s, m_s, c_s,
                        a_s + a_ns * 1e-9, m_s + m_ns * 1e-9, c_s + c_ns * 1e-9,
                        a_s * 1000000000 + a_ns, m_s * 1000000000 + m_ns,
                        c_s * 1000000000 + c_ns, blksize, blocks, rdev))


class terminal_size(_StructSequence):
    """A tuple of (columns, lines) for holding terminal window size"""
    __module__ = "os"
    _qualified = "os.terminal_size"
    _fields = ("columns", "lines")
    columns = _field(0)
    lines = _field(1)


class uname_result(_StructSequence):
    """uname_result: Result from os.uname()."""
    __module__ = "posix"
    _qualified = "posix.uname_result"
    _fields = ("sysname", "nodename", "release", "version", "machine")
    sysname = _field(0)
    nodename = _field(1)
    release = _field(2)
    version = _field(3)
    machine = _field(4)


# --- files and directories -------------------------------------------------------

def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    _no_dir_fd("stat", dir_fd)
    target = _path("stat", path, allow_fd=True)
    if isinstance(target, int):
        return _stat_result(_call("fstat", target))
    return _stat_result(_call("stat", target, follow_symlinks, path))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic
    links."""
    _no_dir_fd("lstat", dir_fd)
    return _stat_result(_call("stat", _path("lstat", path), False, path))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return _stat_result(_call("fstat", fd))


def listdir(path=None):
    """Return a list containing the names of the files in the directory."""
    target = _path("listdir", path, nullable=True)
    entries = _call("listdir", target, "." if path is None else path)
    if isinstance(path, bytes):
        return [name for name, _ in entries]
    return [_fsdecode(name) for name, _ in entries]


_DT_DIR = 4
_DT_REG = 8
_DT_LNK = 10
_DT_UNKNOWN = 0


class DirEntry:
    __module__ = "posix"

    def __init__(self, directory, name, d_type):
        self.name = name
        if directory.endswith("/" if isinstance(directory, str) else b"/"):
            self.path = directory + name
        else:
            self.path = directory + ("/" if isinstance(directory, str) else b"/") + name
        self._d_type = d_type
        self._stat = None
        self._lstat = None

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_symlink(self):
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        try:
            return self.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000
        except FileNotFoundError:
            return False

    def _test_mode(self, d_type, mode_bits, follow_symlinks):
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == d_type
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == mode_bits
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(_DT_DIR, 0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(_DT_REG, 0o100000, follow_symlinks)

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat


class ScandirIterator:
    __module__ = "posix"

    def __init__(self, directory, entries, as_bytes):
        self._entries = iter(entries)
        self._directory = directory
        self._as_bytes = as_bytes

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        for name, d_type in self._entries:
            return DirEntry(self._directory, name if self._as_bytes else _fsdecode(name),
                            d_type)
        self._entries = None
        raise StopIteration

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    target = _path("scandir", path, nullable=True)
    entries = _call("listdir", target, "." if path is None else path)
    if path is None:
        directory = "."
    else:
        directory = fspath(path)
    return ScandirIterator(directory, entries, isinstance(directory, bytes))


def getcwd():
    """Return a unicode string representing the current working directory."""
    return _fsdecode(_call("getcwd"))


def getcwdb():
    """Return a bytes string representing the current working directory."""
    return _call("getcwd")


def chdir(path):
    """Change the current working directory to the specified path."""
    _call("chdir", _path("chdir", path), path)


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create a directory."""
    _no_dir_fd("mkdir", dir_fd)
    _call("mkdir", _path("mkdir", path), mode, path)


def rmdir(path, *, dir_fd=None):
    """Remove a directory."""
    _no_dir_fd("rmdir", dir_fd)
    _call("rmdir", _path("rmdir", path), path)


def unlink(path, *, dir_fd=None):
    """Remove a file (same as remove())."""
    _no_dir_fd("unlink", dir_fd)
    _call("unlink", _path("unlink", path), path)


def remove(path, *, dir_fd=None):
    """Remove a file (same as unlink())."""
    _no_dir_fd("remove", dir_fd)
    _call("unlink", _path("remove", path), path)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory."""
    _call("rename", _path("rename", src, name="src"), _path("rename", dst, name="dst"), src, dst)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory, overwriting the destination."""
    _call("rename", _path("replace", src, name="src"), _path("replace", dst, name="dst"), src, dst)


def readlink(path, *, dir_fd=None):
    """Return a string representing the path to which the symbolic link points."""
    _no_dir_fd("readlink", dir_fd)
    data = _call("readlink", _path("readlink", path), path)
    return data if isinstance(fspath(path), bytes) else _fsdecode(data)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    """Create a symbolic link pointing to src named dst."""
    _no_dir_fd("symlink", dir_fd)
    _call("symlink", _path("symlink", src, name="src"), _path("symlink", dst, name="dst"), src, dst)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    """Create a hard link to a file."""
    _call("link", _path("link", src, name="src"), _path("link", dst, name="dst"), src, dst)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Change the access permissions of a file."""
    _no_dir_fd("chmod", dir_fd)
    _call("chmod", _path("chmod", path), mode, path)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Use the real uid/gid to test for access to a path."""
    _no_dir_fd("access", dir_fd)
    return bool(_call("access", _path("access", path), mode))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path."""
    _no_dir_fd("utime", dir_fd)
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        accessed, modified = (int(t * 1000000000) if isinstance(t, float) else t * 1000000000
                              for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        accessed, modified = ns
    else:
        accessed = modified = None
    _call("utime", _path("utime", path), accessed, modified, path)


def truncate(path, length):
    """Truncate a file, specified by path, to a specific length."""
    fd = _call("open", _path("truncate", path), O_WRONLY, 0, path)
    try:
        _call("ftruncate", fd, length)
    finally:
        _call("close", fd)


# --- file descriptors ----------------------------------------------------------

def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file for low level IO.  Returns a file descriptor (integer)."""
    _no_dir_fd("open", dir_fd)
    return _call("open", _path("open", path), flags, mode, path)


def close(fd):
    """Close a file descriptor."""
    _call("close", fd)


def closerange(fd_low, fd_high):
    """Closes all file descriptors in [fd_low, fd_high), ignoring errors."""
    for fd in range(fd_low, fd_high):
        try:
            _call("close", fd)
        except OSError:
            pass


def read(fd, length):
    """Read from a file descriptor.  Returns a bytes object."""
    if length < 0:
        raise OSError(22, "Invalid argument")
    return _call("read", fd, length)


def write(fd, data):
    """Write a bytes object to a file descriptor."""
    return _call("write", fd, data)


def lseek(fd, position, whence):
    """Set the position of a file descriptor.  Return the new position."""
    return _call("lseek", fd, position, whence)


def ftruncate(fd, length):
    """Truncate a file, specified by file descriptor, to a specific length."""
    _call("ftruncate", fd, length)


def fsync(fd):
    """Force write of fd to disk."""
    if not isinstance(fd, int):
        fd = fd.fileno()
    _call("fsync", fd)


def isatty(fd):
    """Return True if the fd is connected to a terminal."""
    return bool(_call("isatty", fd))


def dup(fd):
    """Return a duplicate of a file descriptor."""
    return _call("dup", fd)


def dup2(fd, fd2, inheritable=True):
    """Duplicate file descriptor."""
    return _call("dup2", fd, fd2)


def pipe():
    """Create a pipe.  Returns a tuple of two file descriptors: (read_fd, write_fd)"""
    return _call("pipe")


def get_inheritable(fd):
    """Get the close-on-exe flag of the specified file descriptor."""
    _call("fstat", fd)
    return False


def set_inheritable(fd, inheritable):
    """Set the inheritable flag of the specified file descriptor."""
    _call("fstat", fd)


def get_blocking(fd):
    """Get the blocking mode of the file descriptor."""
    _call("fstat", fd)
    return True


def device_encoding(fd):
    """Return a string describing the encoding of a terminal's file descriptor."""
    return "utf-8" if isatty(fd) else None


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(_call("get_terminal_size", fd))


# --- the process ---------------------------------------------------------------

def _environ():
    return {name: value for name, value in _call("environ")}


environ = _environ()


def putenv(name, value):
    """Change or add an environment variable."""
    name = _path("putenv", name, name="name")
    value = _path("putenv", value, name="value")
    if not name or b"=" in name:
        raise ValueError("illegal environment variable name")
    _call("putenv", name, value)


def unsetenv(name):
    """Delete an environment variable."""
    name = _path("unsetenv", name, name="name")
    if not name or b"=" in name:
        raise ValueError("illegal environment variable name")
    _call("unsetenv", name)


def urandom(size):
    """Return a bytes object containing random bytes suitable for cryptographic use."""
    if size < 0:
        raise ValueError("negative argument not allowed")
    return _call("urandom", size)


def getpid():
    """Return the current process id."""
    return _call("ids")[0]


def getppid():
    """Return the parent's process id."""
    return _call("ids")[1]


def getuid():
    """Return the current process's user id."""
    return _call("ids")[2]


def geteuid():
    """Return the current process's effective user id."""
    return _call("ids")[3]


def getgid():
    """Return the current process's group id."""
    return _call("ids")[4]


def getegid():
    """Return the current process's effective group id."""
    return _call("ids")[5]


def umask(mask):
    """Set the current numeric umask and return the previous umask."""
    return _call("umask", mask)


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(_call("uname"))


def cpu_count():
    """Return the number of CPUs in the system; return None if indeterminable."""
    count = _call("cpu_count")
    return count if count > 0 else None


def kill(pid, signal):
    """Kill a process with a signal."""
    _call("kill", pid, signal)


def _exit(status):
    """Exit to the system with specified status, without normal exit processing."""
    _call("_exit", status)


def strerror(code):
    """Translate an error code to a message string."""
    return _posixcalls.strerror(code)


def WIFEXITED(status):
    """Return True if the process returning status exited via the exit() system call."""
    return status & 0x7f == 0


def WEXITSTATUS(status):
    """Return the process return code from status."""
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    """Return True if the process returning status was terminated by a signal."""
    return ((status & 0x7f) + 1) & 0xff >= 2 and status & 0x7f != 0x7f


def WTERMSIG(status):
    """Return the signal that terminated the process that provided the status value."""
    return status & 0x7f


def WIFSTOPPED(status):
    """Return True if the process returning status was stopped."""
    return status & 0xff == 0x7f


def WSTOPSIG(status):
    """Return the signal that stopped the process that provided the status value."""
    return (status >> 8) & 0xff


def waitstatus_to_exitcode(status):
    """Convert a wait status to an exit code."""
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError("invalid wait status: %d" % status)
