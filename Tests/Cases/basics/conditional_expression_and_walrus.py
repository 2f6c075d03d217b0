# Conditional expressions (lazy branches) and assignment expressions.
def v(x):
    print("eval", x)
    return x

print(v("yes") if v(True) else v("no"))
print(v("yes") if v(0) else v("no"))
x = 5
print("big" if x > 3 else "small" if x > 1 else "tiny")
x = 2
print("big" if x > 3 else "small" if x > 1 else "tiny")
if (n := len("hello")) > 3:
    print("n is", n)
print(n)
values = [1, 5, 2, 8]
while (item := values.pop()) != 5:
    print("popped", item)
print(values)
print((y := 10) + y)
print([z := 3, z * 2])
def f():
    if (local := 42):
        return local
print(f())
