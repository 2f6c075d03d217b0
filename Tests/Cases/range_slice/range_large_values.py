# ranges handle huge bounds lazily; len() overflows past sys.maxsize.
big = range(10 ** 20)
print(big[10 ** 19], big[-1], 10 ** 19 in big, -1 in big, big.index(12345), big[5:10], big[::10 ** 19])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(bool(big), range(-(10 ** 20), 0)[-1], len(range(2 ** 62)))
try:
    big[10 ** 20]
except IndexError as e:
    print(type(e).__name__, e)
r = range(0, 10 ** 30, 10 ** 10)
print(r[1], r[-1], (10 ** 20) in r, (10 ** 20 + 1) in r, r.count(10 ** 29))
print(range(2 ** 64, 2 ** 64 + 3)[1], list(range(2 ** 64, 2 ** 64 + 3)), reversed(range(2 ** 64, 2 ** 64 + 1)).__next__())
