# Arbitrary-precision integer arithmetic.
# Stresses: big-int multiplication, division, divmod, modulo, shifts, comparison, pow
# with three arguments, int-to-string conversion of large numbers.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def pidigits(count):
    # Spigot algorithm (Gibbons), unbounded; returns the first `count` digits as a str.
    digits = []
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, t, k, n, l = (10 * q, 10 * (r - n * t), t, k,
                                (10 * (3 * q + r)) // t - 10 * n, l)
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return "".join([str(d) for d in digits])


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(x):
    # Decimal digit sum and digit count, converting 100 digits at a time (str() of a
    # very large int exceeds CPython's default int_max_str_digits).
    chunk = 10 ** 100
    s = 0
    ndigits = 0
    while x >= chunk:
        x, low = divmod(x, chunk)
        for ch in str(low):
            s += ord(ch) - 48
        ndigits += 100
    for ch in str(x):
        s += ord(ch) - 48
    return s, ndigits + len(str(x))


def main():
    f = factorial(12000)
    pi = pidigits(2500)
    fb = fib_big(60000)
    m = (1 << 2203) - 1  # a Mersenne prime
    p = pow(3, m - 1, m)
    q, r = divmod(f, fb)
    powers = 0
    for i in range(1, 3000):
        powers += i ** 25 - (i << 60) * i
    print("bigint", digit_sum(f), pi[:20], pi[-10:], digit_sum(fb))
    print("bigint mod", p, r % 1000000007, q % 99991, (f >> 1000) % 99991, f.bit_length())
    print("bigint powers", powers % (10 ** 30), -powers // 12345 % 1000, powers.bit_length())


main()
