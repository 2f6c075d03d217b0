# Integer arithmetic in while loops.
# Stresses: local variable load/store, small-int add/sub/mul/mod/shift/xor, comparisons,
# conditional jumps.


def loop(n):
    i = 0
    acc = 0
    x = 12345
    while i < n:
        acc = (acc + i * 3) % 1000003
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        if x & 1:
            acc ^= x >> 7
        else:
            acc -= 17
        i += 1
    return acc, x


def count_down(n):
    total = 0
    while n > 0:
        total += n & 255
        n -= 1
    return total


def main():
    a, x = loop(1500000)
    b = count_down(4000000)
    print("int_loop checksum", a, x, b)


main()
