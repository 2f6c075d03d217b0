# IMPORT_NAME calls builtins.__import__ when a program replaces it.
import builtins
original = builtins.__import__
calls = []
def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    if not name.startswith("_"):  # CPython's own machinery imports _io through it too
        calls.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing_import
import pkg_basic.sub.gamma
from pkg_basic import alpha
import sys as system
builtins.__import__ = original
import pkg_basic.sub
print(calls)
