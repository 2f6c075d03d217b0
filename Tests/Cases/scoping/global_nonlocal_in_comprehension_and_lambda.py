# Comprehensions and lambdas are nested scopes: they read enclosing locals through cells and globals directly.
factor = 10

def scaled(values):
    offset = 1
    return [v * factor + offset for v in values]

print(scaled([1, 2]))

def nested_comprehension():
    rows = 3
    return [[r * c for c in range(rows)] for r in range(rows)]

print(nested_comprehension())

def lambda_closure():
    base = 5
    adders = [lambda x, k=k: x + k + base for k in range(3)]
    base = 100
    return [f(1) for f in adders]

print(lambda_closure())

def comprehension_variable_does_not_leak():
    i = "outer i"
    squares = [i * i for i in range(4)]
    return i, squares

print(comprehension_variable_does_not_leak())
