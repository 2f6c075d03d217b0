# An assignment expression inside a comprehension binds in the enclosing scope, not the comprehension's.
values = [3, 8, 1, 9, 4]
big = [last := v for v in values if v > 2]
print(big, "last =", last)

def in_function(data):
    found = [y for x in data if (y := x * 2) > 5]
    return found, y

print(in_function([1, 3, 5]))

def any_negative(data):
    if any([(witness := x) < 0 for x in data]):
        return f"negative witness {witness}"
    return f"no negative, last checked {witness}"

print(any_negative([1, -2, 3]))
print(any_negative([1, 2, 3]))
totals = [total := 0] + [total := total + v for v in values]
print(totals, total)
print({k: (doubled := k * 2) for k in range(3)}, doubled)
