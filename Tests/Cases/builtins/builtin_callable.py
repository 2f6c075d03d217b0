# callable() reports whether the type has __call__.
class WithCall:
    def __call__(self):
        pass
class Without:
    pass
w = Without()
w.__call__ = lambda: None
values = [len, print, int, lambda: 0, WithCall(), WithCall, Without(), w, 5, "s", None, [].append, object, type]
print([callable(v) for v in values])
print(callable(callable), callable(staticmethod(len)), callable(classmethod(len)), callable(property()))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
