# Objects lacking __enter__/__exit__ give TypeErrors naming the context manager protocol.
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        print("NoExit.__enter__ should not run")
class Neither:
    pass
for obj in [NoEnter(), NoExit(), Neither(), 5, None]:
    try:
        with obj:
            print("body")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class InstanceOnly:
    pass
io = InstanceOnly()
io.__enter__ = lambda: None
io.__exit__ = lambda *a: None
try:
    with io:
        pass
except TypeError as e:
    print(type(e).__name__, e)
