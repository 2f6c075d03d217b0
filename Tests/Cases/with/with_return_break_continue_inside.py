# return, break and continue inside a with block still run __exit__.
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, *args):
        print("exit", self.tag, args[0])
def f():
    with CM("return"):
        return "value"
print(f())
for i in range(3):
    with CM(f"loop {i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("after loop, i =", i)
def g():
    for j in range(2):
        with CM(f"nested {j}"):
            with CM(f"inner {j}"):
                if j == 1:
                    return j
print(g())
