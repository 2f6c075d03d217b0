# Unary operator protocols and their errors.
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u))
class Nothing:
    pass
n = Nothing()
for op, call in [("-", lambda: -n), ("+", lambda: +n), ("~", lambda: ~n), ("abs", lambda: abs(n))]:
    try:
        call()
    except TypeError as e:
        print(op, type(e).__name__, e)
for op, call in [("-", lambda: -"s"), ("~", lambda: ~1.5), ("+", lambda: +[1]), ("abs", lambda: abs("x"))]:
    try:
        call()
    except TypeError as e:
        print(op, type(e).__name__, e)
print(-(-5), +(-5), ~5, abs(-5), -True, ~False, +2.5, -0.0, abs(-3j))
