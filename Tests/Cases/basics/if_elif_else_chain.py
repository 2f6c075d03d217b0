# if/elif/else picks the first true condition and evaluates conditions lazily.
def cond(name, value):
    print("test", name)
    return value

for n in [-5, 0, 3, 10, 100]:
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    elif n < 100:
        kind = "medium"
    else:
        kind = "large"
    print(n, kind)
if cond("a", False):
    print("a")
elif cond("b", True):
    print("b")
elif cond("c", True):
    print("c")
else:
    print("else")
if []:
    print("empty list is true")
elif {1: 2}:
    print("non-empty dict is true")
if not None:
    pass
print("end")
