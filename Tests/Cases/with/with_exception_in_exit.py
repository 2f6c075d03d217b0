# An exception raised by __exit__ replaces the body's exception and chains to it.
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("body failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
try:
    with BadExit():
        pass
except RuntimeError as e:
    print(repr(e), e.__context__)
class BadEnter:
    def __enter__(self):
        raise KeyError("enter")
    def __exit__(self, *a):
        print("exit not called when enter fails")
try:
    with BadEnter():
        pass
except KeyError as e:
    print(repr(e))
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise ev
try:
    with Reraise():
        raise IndexError("same")
except IndexError as e:
    print("re-raised by __exit__:", repr(e), e.__context__)
