# Set literals of colliding constants iterate, grow and shrink exactly as CPython's table does.
print({5, 13, 21}, {8, 16, 24, 32, 40}, {1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000})
s = {5, 13, 21}
s.discard(13)
s.add(29)
print(s)
t = {64, 128, 192, 256, 320, 384, 448}
t.add(1)
t.discard(64)
t.add(512)
print(t, list(t))
print(7 in {7, 15, 23, 31}, 39 in {7, 15, 23, 31}, frozenset({32, 64, 96, 128, 160}))
u = {(0, 1), (1, 0), (2, 2), (3, 1), 0.5, 1.25}
print(len(u), 0.5 in u, (2, 2) in u)
v = {-8, -16, 8, 16, 0}
print(v, v.pop(), v)
for x in [3, 11, 19, 27, 35]:
    print(x in {3, 11, 19, 27, 35, 43, 51, 59, 67, 75}, end=" ")
print()
