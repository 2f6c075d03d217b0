# Sorting.
# Stresses: list.sort and sorted() on ints, floats, strings and tuples, key functions
# (lambdas and bound methods), reverse=True, stability, comparisons of tuples and
# strings, a hand-written merge sort and insertion sort (indexing, slicing, comparisons).


def lcg_list(n, seed, mod):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((x >> 33) % mod)
    return out


def merge_sort(a):
    if len(a) <= 16:
        return insertion_sort(a)
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    nl = len(left)
    nr = len(right)
    while i < nl and j < nr:
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a


class Rec:
    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score

    def key(self):
        return (self.age, self.name)


def checksum(lst):
    h = 0
    for i, v in enumerate(lst):
        h = (h * 31 + hash(v) + i) % 1000000007
    return h


def main():
    total = 0
    for rnd in range(5):
        nums = lcg_list(30000, rnd + 1, 1000000)
        s1 = sorted(nums)
        s2 = merge_sort(nums)
        total += (s1 == s2) + checksum(s1[::97])
        floats = [v / 7.0 for v in nums[:10000]]
        floats.sort(reverse=True)
        total += int(floats[0] + floats[-1])
        words = [str(v * 7919 % 100003) for v in nums[:10000]]
        words.sort()
        total += len(words[0]) + len(words[-1])
        by_len = sorted(words, key=len)
        total += len(by_len[0]) + len(by_len[-1])
        tuples = [(v % 100, -v, str(v)) for v in nums[:15000]]
        tuples.sort()
        total += tuples[0][1] + tuples[-1][1]
        recs = [Rec("n" + str(v % 1000), v % 90, v) for v in nums[:10000]]
        recs.sort(key=Rec.key)
        total += recs[0].score + recs[-1].score
        recs2 = sorted(recs, key=lambda r: (-r.score % 97, r.age), reverse=True)
        total += recs2[0].score - recs2[-1].score
        total %= 1000000007
    print("sorting checksum", total)


main()
