# Equal keys with equal hashes collapse: 1, 1.0 and True are the same key (first key kept).
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, list(d)[0].__class__.__name__)
e = {True: "t"}
e[1] = "one"
print(e)
f = {0: "zero", -0.0: "negzero", False: "false", 0j: "complex"}
print(f)
print({2: 1}[2.0], {(1, 2): "t"}[(1.0, 2.0)], 1.0 in {1: 0}, True in {1: 0}, "1" in {1: 0})
g = {}
g[float("nan")] = 1
g[float("nan")] = 2
print(len(g))
nan = float("nan")
h = {nan: 1}
h[nan] = 2
print(len(h), h[nan])
