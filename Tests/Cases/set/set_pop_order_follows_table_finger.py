# set.pop takes slots in table order and resumes after the last popped slot.
s = {1, 2, 3, 9, 17, 25}
popped = []
while s:
    popped.append(s.pop())
    if len(popped) == 2:
        s.add(33)
        s.add(4)
print(popped)
t = set(range(20))
print([t.pop() for _ in range(5)], t)
t.update(range(40, 45))
print([t.pop() for _ in range(5)], sorted(t))
u = {100, 200, 300}
u.pop()
u.add(100)
print(u, u.pop(), u)
