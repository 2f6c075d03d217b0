# __import__: the top package without fromlist, the leaf with it, relative levels, errors.
top = __import__("pkg_basic.sub.gamma")
leaf = __import__("pkg_basic.sub.gamma", fromlist=["GAMMA"])
print(top.__name__, leaf.__name__)
rel = __import__("gamma", {"__name__": "pkg_basic.sub.x", "__package__": "pkg_basic.sub"}, None, ["GAMMA"], 1)
print(rel.__name__)
pkg = __import__("", {"__package__": "pkg_basic.sub"}, None, [], 1)
print(pkg.__name__)
for args in [(1,), ("",), ("x", None, None, None, -1)]:
    try:
        __import__(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    __import__("pkg_basic", fromlist=[1])
except TypeError as e:
    print(type(e).__name__, e)
