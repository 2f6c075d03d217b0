# Comprehension variables do not leak into the enclosing scope.
x = "outer x"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(2)], {i: y for i in range(1)})
def f():
    z = "local z"
    data = [z * 0 + str(i) for i in range(3)]
    return data, z
print(f())
try:
    [leak for leak in range(2)]
    print(leak)
except NameError as e:
    print(type(e).__name__, e)
i = "untouched"
squares = {i: i * i for i in range(3)}
letters = {i for i in "ab"}
print(i, squares, sorted(letters))
