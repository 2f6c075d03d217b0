# Functions return None implicitly; return with multiple values makes a tuple.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    print("not early")
print(nothing(), bare(), multi(), early(1), early(0))
def nested_return():
    for i in range(10):
        for j in range(10):
            if i * j == 6:
                return i, j
print(nested_return())
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def return_in_while():
    n = 0
    while True:
        n += 1
        if n == 5:
            return n
print(return_in_while(), type(nothing()).__name__)
