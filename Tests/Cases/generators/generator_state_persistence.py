# Each generator object has its own frame: independent state, interleaved resumption.
def numbered(prefix):
    n = 0
    while True:
        n += 1
        yield "%s%d" % (prefix, n)

a = numbered("a")
b = numbered("b")
print(next(a), next(a), next(b), next(a), next(b))
gens = [numbered(p) for p in "xyz"]
for _ in range(2):
    print([next(g) for g in gens])
def fib_pairs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f1 = fib_pairs()
f2 = fib_pairs()
print([next(f1) for _ in range(5)], [next(f2) for _ in range(3)], next(f1))
def stack_values():
    # Values on the operand stack survive a suspension (a pending list and call).
    result = [(yield 1), (yield 2), len([(yield 3)])]
    yield result
g = stack_values()
print(next(g), g.send("x"), g.send("y"), g.send("z"))
def loop_state():
    for i, ch in enumerate("abc"):
        for j in range(2):
            yield i, ch, j
print(list(loop_state()))
