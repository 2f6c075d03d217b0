# Comprehensions and generator expressions evaluated inside generator frames.
def gen(data):
    squares = [x * x for x in data]
    yield squares
    lookup = {x: str(x) for x in data}
    yield lookup
    yield {x % 2 for x in data}
    yield sum(x for x in data if x > 1)
    yield [y for x in data for y in range(x)]

for v in gen([1, 2, 3]):
    print(v)

def comprehension_over_generator():
    def inner():
        yield from "abc"
    yield [c * 2 for c in inner()]
    yield {c: i for i, c in enumerate(inner())}

print(list(comprehension_over_generator()))

def generator_of_comprehensions(n):
    for i in range(n):
        yield [j for j in range(i)]

print(list(generator_of_comprehensions(4)))
def mixing():
    for row in ([x * y for x in range(3)] for y in range(3)):
        yield row
print(list(mixing()))
