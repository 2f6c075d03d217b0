# Lambdas created in a comprehension share the comprehension's variable (late binding).
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[k](10) for k in adders])
def outer():
    base = 100
    return [lambda: base + i for i in range(2)]
print([f() for f in outer()])
nested = [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in nested])
