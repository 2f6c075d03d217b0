# Closures and higher-order functions.
# Stresses: nested function creation (MAKE_FUNCTION with closure cells), cell variable
# loads and stores (LOAD_DEREF/STORE_DEREF, nonlocal), lambdas, passing functions as
# arguments, default arguments, map/filter with lambdas.


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    def total():
        s = 0
        for v in items:
            s += v
        return s

    return add, total


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def run(n):
    acc = 0
    c = make_counter(0)
    for i in range(n):
        acc += c() + c(2)
    adders = [make_adder(k) for k in range(10)]
    for i in range(n // 10):
        f = adders[i % 10]
        g = adders[(i + 3) % 10]
        acc += compose(f, g)(i)
    add, total = make_accumulator()
    for i in range(n // 2):
        add(i % 100)
    acc += total()
    double_then_inc = compose(lambda v: v + 1, lambda v: v * 2)
    acc += apply_n(lambda v: double_then_inc(v) % 1000003, n // 2, 1)
    acc += sum(map(lambda v: v * 3, filter(lambda v: v % 7 == 0, range(n))))
    return acc


def main():
    total = 0
    for _ in range(12):
        total += run(100000)
    print("closures checksum", total)


main()
