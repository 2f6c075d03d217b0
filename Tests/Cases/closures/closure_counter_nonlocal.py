# nonlocal rebinds a variable of the enclosing function; each closure has its own cell.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return increment, peek
inc, peek = make_counter()
inc2, peek2 = make_counter(100)
print(inc(), inc(), inc(5), peek(), inc2(), peek2(), peek())
def make_accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = make_accumulator()
print(acc(1), acc(2), acc(3))
def without_nonlocal():
    n = 0
    def bump():
        try:
            n += 1
        except UnboundLocalError as e:
            return type(e).__name__ + ": " + str(e)
    return bump()
print(without_nonlocal())
