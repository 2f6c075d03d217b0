# _compat_pickle: the Python 2 <-> 3 name tables pickle uses.
import _compat_pickle as cp

print(cp.IMPORT_MAPPING["cPickle"], cp.IMPORT_MAPPING["Queue"], cp.REVERSE_IMPORT_MAPPING["pickle"])
print(cp.NAME_MAPPING[("__builtin__", "xrange")], cp.REVERSE_NAME_MAPPING[("builtins", "range")])
print(len(cp.IMPORT_MAPPING) > 50, len(cp.NAME_MAPPING) > 10, sorted(cp.PYTHON2_EXCEPTIONS)[:5])
print(cp.MULTIPROCESSING_EXCEPTIONS, ("exceptions", "ValueError") in cp.NAME_MAPPING)
