# List operations.
# Stresses: list append/pop/insert, indexing and index assignment, slicing and slice
# assignment, list.sort, reverse, len, `in`, concatenation, list comprehensions,
# list.index/count.


def build(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x % 10007)
    return out


def churn(lst):
    # index reads and writes
    n = len(lst)
    acc = 0
    for i in range(n):
        j = (i * 7) % n
        lst[i], lst[j] = lst[j], lst[i]
        acc += lst[i] - lst[-1 - i]
    return acc


def slices(lst):
    acc = 0
    n = len(lst)
    for k in range(0, n - 50, 3):
        part = lst[k:k + 50]
        acc += part[0] + part[-1] + len(part)
        acc += sum(lst[k:k + 10:2])
    rev = lst[::-1]
    acc += rev[0] - rev[-1]
    copy = lst[:]
    copy[10:20] = [1, 2, 3]
    del copy[0:5]
    acc += len(copy) + copy[5]
    return acc


def stack_queue(n):
    stack = []
    for i in range(n):
        stack.append(i)
        if i % 3 == 0:
            stack.append(stack.pop() * 2)
    total = 0
    while stack:
        total += stack.pop()
    small = []
    for i in range(300):
        small.insert(i // 2, i)
    total += small[0] + small[150] + small.index(299) + small.count(7)
    return total


def comprehensions(lst):
    squares = [x * x for x in lst if x % 3 == 0]
    pairs = [[a, b] for a in range(30) for b in range(a)]
    joined = squares[:100] + [p[0] - p[1] for p in pairs]
    return len(squares) + sum(joined) + (5000 in lst) + (99999 in lst)


def sorting(lst):
    a = lst[:]
    a.sort()
    b = sorted(lst, reverse=True)
    a.reverse()
    return (a == b) + a[0] + a[len(a) // 2] + min(lst) + max(lst)


def main():
    total = 0
    for rnd in range(30):
        lst = build(20000, rnd + 1)
        total += churn(lst)
        total += slices(lst)
        total += stack_queue(20000)
        total += comprehensions(lst)
        total += sorting(lst)
        total %= 1000000007
    print("list_ops checksum", total)


main()
