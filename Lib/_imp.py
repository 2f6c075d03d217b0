"""(Extremely) low-level import machinery bits as used by importlib.

pyvm's _imp: what importlib._bootstrap asks of the interpreter. pyvm's own import system
(in Swift) loads builtin and source modules; these functions answer importlib with it."""

import sys as _sys

check_hash_based_pycs = "default"


def is_builtin(name):
    """Returns True if the module name corresponds to a built-in module."""
    return 1 if name in _sys.builtin_module_names else 0


def create_builtin(spec):
    """Create an extension module."""
    name = spec.name
    if name in _sys.modules:
        return _sys.modules[name]
    if name not in _sys.builtin_module_names:
        raise ImportError("no built-in module named " + name, name=name)
    return __import__(name)


def exec_builtin(module):
    """Initialize a built-in module."""
    return 0


def is_frozen(name):
    """Returns True if the module name corresponds to a frozen module."""
    return False


def is_frozen_package(name):
    """Returns True if the module name is of a frozen package."""
    raise ImportError("No such frozen object named %r" % (name,), name=name)


def find_frozen(name, *, withdata=False):
    """Return info about the corresponding frozen module (if there is one) or None."""
    return None


def get_frozen_object(name, data=None):
    """Create a code object for a frozen module."""
    raise ImportError("No such frozen object named %r" % (name,), name=name)


def init_frozen(name):
    """Initializes a frozen module."""
    return None


def _frozen_module_names():
    return ()


def extension_suffixes():
    """Returns the list of file suffixes used to identify extension modules."""
    return []


def create_dynamic(spec, file=None):
    """Create an extension module."""
    raise ImportError("pyvm cannot load extension modules (%s)" % (spec.name,), name=spec.name)


def exec_dynamic(module):
    """Initialize an extension module."""
    return 0


def acquire_lock():
    """Acquires the interpreter's import lock for the current thread."""


def release_lock():
    """Release the interpreter's import lock."""


def lock_held():
    """Return True if the import lock is currently held, else False."""
    return False


def _fix_co_filename(code, path):
    """Changes code.co_filename to specify the passed-in file path."""


def source_hash(key, source):
    """The SipHash-1-3 of source keyed by key, as hash-based .pyc files record it."""
    raise NotImplementedError("pyvm does not write hash-based .pyc files")


def _override_frozen_modules_for_tests(override):
    return None
