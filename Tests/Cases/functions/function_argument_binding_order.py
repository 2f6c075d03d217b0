# Arguments are evaluated left to right before binding; defaults fill the gaps.
def v(x):
    print("arg", x)
    return x
def f(a, b, c=v("default c"), *rest, d, e=v("default e"), **kw):
    return a, b, c, rest, d, e, kw
print("-- calls")
print(f(v(1), v(2), d=v(4)))
print(f(v(1), *[v(2), v(3), v(3.5)], d=v(4), **{"x": v(5)}))
print(f(d=v("d"), b=v("b"), a=v("a")))
def g(a, b):
    return a, b
print(g(b=v("first b"), a=v("then a")))
