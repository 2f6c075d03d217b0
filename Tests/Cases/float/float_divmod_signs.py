# divmod with floats: results keep q * b + r == a with r taking b's sign.
for a in [7.5, -7.5, 0.0, -0.0, 1e-300, 5.0]:
    for b in [2.0, -2.0, 0.3, float("inf"), float("-inf")]:
        q, r = divmod(a, b)
        print(repr(a), repr(b), repr(q), repr(r))
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(2.5, 7), divmod(1e308, 1e-308)[1])
print(divmod(float("nan"), 1.0), divmod(1.0, float("nan")))
print(divmod(float("inf"), 1.0))
