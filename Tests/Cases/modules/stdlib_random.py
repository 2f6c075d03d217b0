# random: the Mersenne Twister gives CPython's sequences for int, str, bytes, float and
# big-int seeds; state round trips; the distributions built on it.
import random
random.seed(42); print(random.random(), random.randint(1, 100), random.choice('abcdef'))
print(random.sample(range(100), 5), random.uniform(1, 2), random.getrandbits(100), random.getrandbits(7))
random.seed('hello'); print(random.random())
random.seed(b'bytes'); print(random.random())
random.seed(-7); print(random.random(), random.gauss(0, 1), random.normalvariate(5, 2))
r = random.Random(123); l = list(range(10)); r.shuffle(l); print(l, r.randrange(0, 1000, 7))
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random(), len(s), len(s[1]))
random.seed(3.5); print(random.random())
random.seed(2**100 + 17); print(random.random(), random.choices('ab', k=5), random.choices(range(3), weights=[1, 0, 5], k=4))
print(random.Random(5).expovariate(2.0), random.Random(9).triangular(), random.Random(1).betavariate(2, 3))
print(random.Random(0).randbytes(5), [random.Random(i).random() for i in range(3)])
try: random.Random().getrandbits(-1)
except ValueError as e: print(e)
try: random.Random(1).setstate((1, 2))
except (ValueError, TypeError) as e: print(type(e).__name__, e)
