# yield inside while/else, for/else, nested loops and conditionals keeps control flow intact.
def search(rows, target):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            yield ("visit", r, c)
            if v == target:
                yield ("found", r, c)
                break
        else:
            yield ("row done", r)
            continue
        break
    else:
        yield ("not found",)

print(list(search([[1, 2], [3, 4]], 3)))
print(list(search([[1], [2]], 9)))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    else:
        yield "liftoff"

print(list(countdown(3)))

def conditional(xs):
    for x in xs:
        if x < 0:
            yield "neg"
        elif x == 0:
            yield "zero"
        else:
            yield from ["pos"] * x

print(list(conditional([-1, 0, 2])))
