# weakref: references, proxies, WeakMethod and the weak containers (referents stay alive here).
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hello from ' + self.name


t = Thing('t')
r = weakref.ref(t)
print(r() is t, r.__callback__, weakref.ref(t) == r, hash(r) == hash(t), isinstance(r, weakref.ReferenceType))
p = weakref.proxy(t)
print(p.name, p.hello())
p.name = 'renamed'
print(t.name)
m = weakref.WeakMethod(t.hello)
print(m()(), isinstance(m, weakref.ref))
wvd = weakref.WeakValueDictionary()
wvd['a'] = t
print(wvd['a'] is t, len(wvd), list(wvd.keys()), 'a' in wvd)
wkd = weakref.WeakKeyDictionary()
wkd[t] = 1
print(wkd[t], len(wkd), t in wkd)
ws = weakref.WeakSet([t])
print(len(ws), t in ws)
fin = weakref.finalize(t, print, 'finalized')
print(fin.alive, fin.detach() is not None, fin.alive)
print(weakref.ref.__name__, weakref.ProxyType.__name__, callable(weakref.proxy(len)))
