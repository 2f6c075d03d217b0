# The `as` target can be any assignment target; __enter__'s result is bound, not the manager.
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *args):
        pass
with Pair() as (a, [b, c]):
    print(a, b, c)
holder = {}
with Pair() as holder["k"]:
    pass
print(holder)
class Obj:
    pass
o = Obj()
with Pair() as o.attr:
    pass
print(o.attr)
class ReturnsNone:
    def __enter__(self):
        pass
    def __exit__(self, *args):
        pass
with ReturnsNone() as value:
    print("value:", value)
class ReturnsSelf:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        pass
manager = ReturnsSelf()
with manager as same:
    print(same is manager)
with Pair() as (first, *rest):
    print(first, rest)
