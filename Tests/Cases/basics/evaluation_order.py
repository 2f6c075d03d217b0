# Left-to-right evaluation: operands, arguments, displays, assignments, subscripts.
def v(tag, value=None):
    print("eval", tag)
    return tag if value is None else value

print(v("a", 1) + v("b", 2) * v("c", 3))
def f(*args, **kwargs):
    return args, kwargs
print(f(v(1), v(2), k=v(3), **{v("d"): v(4)}))
print({v("k1"): v("v1"), v("k2"): v("v2")})
print([v(1), v(2), *[v(3)]])
target = [0, 0, 0]
target[v(1, 1)] = v("rhs", 9)
print(target)
x, y = v("first", 1), v("second", 2)
d = {}
d[v("key")] = d[v("key2")] = v("value")
print(d)
print(v(1, [10, 20])[v(2, 1)])
obj = type("O", (), {})()
setattr(obj, "attr", 0)
v("obj", obj).attr = v("value", 5)
print(obj.attr)
print(v("left", 3) < v("right", 4))
print(v("cond", True) and v("then", 1))
