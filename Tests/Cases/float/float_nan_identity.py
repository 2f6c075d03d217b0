# NaN identity: each float('nan') is a new object; a name bound to one NaN keeps it.
nan = float("nan")
other = float("nan")
print(nan is nan, nan is other, nan == nan, [nan] == [nan], [nan] == [other])
print(nan in [nan], nan in [other], nan in (1, nan), [nan].count(nan), [nan, other].count(other))
print([nan].index(nan), {nan: 1}.get(nan), {nan: 1}.get(other), len({nan, nan, other}))
d = {}
for x in [nan, other, nan, float("nan")]:
    d[x] = d.get(x, 0) + 1
print(sorted(d.values()), len(d))
t = (nan, 1)
print(t == t, t == (nan, 1), t == (other, 1), (nan,) in [(nan,)], repr(nan), repr(-nan), str(float("-nan")))
print(nan != nan, other != other, nan is not other)
