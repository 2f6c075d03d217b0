# Infinite generators consumed partially; pipelines of generators.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for _, v in zip(range(n), it):
        yield v

def mapped(f, it):
    for v in it:
        yield f(v)

def filtered(p, it):
    for v in it:
        if p(v):
            yield v

print(list(take(5, naturals())))
print(list(take(5, filtered(lambda v: v % 7 == 2, mapped(lambda v: v * v, naturals())))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(take(15, fib())))
print(next(x for x in fib() if x > 1000))

def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found):
            found.append(n)
            yield n

print(list(take(12, primes())))

def windows(it, size):
    window = []
    for v in it:
        window.append(v)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)

print(list(windows(take(6, naturals()), 3)))
nat = naturals()
print([next(nat) for _ in range(3)], next(nat))
