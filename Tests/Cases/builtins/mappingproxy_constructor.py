# types.MappingProxyType: construction from any mapping, its errors, | and reversed().
import types
from collections import OrderedDict

MP = types.MappingProxyType
data = {"a": 1, "b": 2}
proxy = MP(data)
print(proxy, proxy["a"], len(proxy), list(proxy), "a" in proxy, proxy.get("z", 0))
data["c"] = 3
print(proxy, list(reversed(proxy)))
print(proxy | {"d": 4}, {"z": 0} | proxy, proxy | MP({"e": 5}))
print(MP(OrderedDict(x=1)), MP(mapping={"k": "v"}))
print(type(proxy).__name__, proxy == {"a": 1, "b": 2, "c": 3}, proxy.copy() is data)
for args, kwargs in [(([1],), {}), (((1,),), {}), ((5,), {}), ((None,), {}), ((), {}), (({}, {}), {}),
                     ((), {"other": {}}), (({},), {"mapping": {}})]:
    try:
        MP(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    proxy["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(proxy)
except TypeError as e:
    print("TypeError:", e)
