# Recursive function calls: naive Fibonacci.
# Stresses: call/return of plain Python functions, small-int arithmetic, comparisons.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for _ in range(2):
        for n in range(27, 31):
            total += fib(n)
    print("fib checksum", total)


main()
