# Generators.
# Stresses: creating generators (RETURN_GENERATOR), resuming and suspending them (FOR_ITER
# over a generator, YIELD_VALUE, next(), send()), generator expressions consumed by
# builtins (sum, list, max), and delegation through yield from chains.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def squares(it):
    for v in it:
        yield v * v


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


def run(n):
    acc = 0
    for v in squares(evens(count_up(n))):
        acc += v % 1000
    acc += sum(x % 7 for x in range(n))
    acc += len(list(i for i in count_up(n // 2) if i % 3 == 0))
    acc += max(v for v in tree(10))
    acc += sum(tree(12)) % 100000
    a = accumulator()
    next(a)
    for i in range(n // 2):
        acc += a.send(i) % 13
    for i in range(n // 50):
        acc += sum(count_up(10))
    return acc


def main():
    total = 0
    for _ in range(6):
        total += run(100000)
    print("generators checksum", total)


main()
