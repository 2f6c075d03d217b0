# Builtins and methods that consume generators through the iterator protocol.
def gen(n):
    for i in range(n):
        yield i

print(list(gen(4)), tuple(gen(3)), sorted(gen(3), reverse=True))
print(sum(gen(5)), min(gen(5)), max(gen(5)), len(list(gen(7))))
print(any(gen(1)), any(gen(2)), all(gen(0)), all(gen(2)))
print(dict(zip(gen(3), gen(3))), set(gen(3)) == {0, 1, 2}, frozenset(gen(2)) == frozenset({0, 1}))
print(list(enumerate(gen(3), 1)), list(map(str, gen(3))), list(filter(lambda x: x % 2, gen(6))))
print(", ".join(str(x) for x in gen(3)), "".join(c for c in "xyz"))
lst = [9]
lst.extend(gen(3))
lst += gen(2)
print(lst)
s = set()
s.update(gen(4))
print(sorted(s))
d = {}
d.update((str(i), i) for i in gen(2))
print(d)
print(bytes(gen(4)), bytearray(x + 65 for x in gen(3)))
print(list(zip(*(gen(3) for _ in range(2)))))
print(3 in gen(5), 7 in gen(5))
print(str(tuple(reversed(tuple(gen(3))))))
print(max(gen(0), default="none"), min((x for x in "bca"), key=ord))
print(list(iter(gen(2))), list(range(*gen(3))[1:]))
print(dict.fromkeys(gen(3), 0), list(dict(enumerate(gen(2))).items()))
print(sorted((x for x in [3, 1, 2]), key=lambda v: -v))
print(str().join(gen_str for gen_str in ["a", "b"]))
