# str.format field names: automatic, manual, keyword, index and attribute lookups.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[k]} {1.real} {1.imag}".format({1: "one", "k": "kay"}, 3 + 4j))
print("{0[0][1]} {a[2]}".format([[1, 2]], a="xyz"), "{[0]}".format(["first"]), "{.__name__}".format(int))
class P:
    x = 10
    def __init__(self):
        self.items = ["p", "q"]
print("{0.x} {0.items[1]} {p.items}".format(P(), p=P()))
print("{0}{0}{0}".format("ab"), "no fields".format(1, 2, k=3), "{!r:}".format("s"))
bad = [("{} {1}", ("a", "b"), {}), ("{0} {}", ("a", "b"), {}), ("{2}", ("a",), {}), ("{}", (), {}),
       ("{k}", (), {}), ("{0.missing}", (1,), {}), ("{0[5]}", ([1],), {}), ("{0[x]}", ({},), {}),
       ("{0[}", (1,), {}), ("{:d}", ("s",), {}), ("{!x}", (1,), {}), ("{0!}", (1,), {})]
for fmt, args, kwargs in bad:
    try:
        print(fmt.format(*args, **kwargs))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
