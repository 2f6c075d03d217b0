"""Weak-reference support module.

pyvm implements this builtin module in Python. pyvm has no weak references yet: a
reference here keeps its referent alive (it never dies, callbacks are never called), so
weak containers never lose entries. Everything else (hashing, equality, calling a
reference, proxies forwarding to their referent) behaves as in CPython."""


class ReferenceType:
    __module__ = 'weakref'
    __slots__ = ('_referent', '_callback', '__dict__')

    def __new__(cls, ob, callback=None, /):
        self = object.__new__(cls)
        object.__setattr__(self, '_referent', ob)
        object.__setattr__(self, '_callback', callback)
        return self

    def __init__(self, ob, callback=None, /):
        pass

    def __call__(self):
        return self._referent

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        return hash(self._referent)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent != other._referent

    def __repr__(self):
        o = self._referent
        name = getattr(o, '__name__', None) if not isinstance(o, type) else o.__name__
        if isinstance(name, str):
            return '<weakref at %#x; to %r at %#x (%s)>' % (id(self), type(o).__name__, id(o), name)
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(o).__name__, id(o))

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


ReferenceType.__name__ = ReferenceType.__qualname__ = 'ReferenceType'
ref = ReferenceType


def _forward(name):
    def method(self, *args):
        return getattr(object.__getattribute__(self, '_referent'), name)(*args)
    method.__name__ = name
    return method


class ProxyType:
    __module__ = 'weakref'
    __slots__ = ('_referent', '_callback')

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_referent', ob)
        object.__setattr__(self, '_callback', callback)

    def __getattribute__(self, name):
        return getattr(object.__getattribute__(self, '_referent'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_referent'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_referent'), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_referent')
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(o).__name__, id(o))

    __hash__ = None

    for _name in ('__str__', '__len__', '__iter__', '__next__', '__getitem__', '__setitem__',
                  '__delitem__', '__contains__', '__bool__', '__eq__', '__ne__', '__lt__', '__le__',
                  '__gt__', '__ge__', '__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__',
                  '__mod__', '__neg__', '__pos__', '__abs__', '__index__', '__int__', '__float__'):
        locals()[_name] = _forward(_name)
    del _name


class CallableProxyType(ProxyType):
    __module__ = 'weakref'
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_referent')(*args, **kwargs)


def proxy(object, callback=None, /):
    """Create a proxy object that weakly references 'object'."""
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)


def getweakrefcount(object, /):
    """Return the number of weak references to 'object'."""
    return 0


def getweakrefs(object, /):
    """Return a list of all weak reference objects pointing to 'object'."""
    return []


def _remove_dead_weakref(dct, key, /):
    """Atomically remove key from dict if it points to a dead weakref."""
    wr = dct.get(key)
    if wr is not None and wr() is None:
        del dct[key]


