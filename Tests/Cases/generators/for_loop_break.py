# Breaking out of a for loop leaves the generator suspended; it can be resumed later.
def numbers():
    try:
        for i in range(10):
            print("producing", i)
            yield i
    finally:
        print("numbers finally")

g = numbers()
for v in g:
    if v == 2:
        break
print("after break, continuing the same generator")
for v in g:
    if v == 4:
        break
print("next:", next(g))
del g
print("deleted")
for v in numbers():
    if v == 1:
        print("returning from loop body in a function? no: just break")
        break
print("loop done")
def find(pred):
    for v in numbers():
        if pred(v):
            return v
print("found", find(lambda v: v == 3))
def gen_continue():
    for i in range(5):
        if i % 2:
            continue
        yield i
print(list(gen_continue()))
