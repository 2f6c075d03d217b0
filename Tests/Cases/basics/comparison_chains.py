# Chained comparisons evaluate each middle operand once and short-circuit.
def v(name, value):
    print("eval", name)
    return value

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1.0 == True, 1 != 2 != 1, 1 < 2 > 0)
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 5) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 2) > v("c", 3) < v("d", 4))
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]])
x = None
print(x is None is not False, x is not None is None)
print((1 < 2) < 3, 1 < (2 < 3))
print("a" < "b" < "c", [1] < [2] < [3], (1, 2) <= (1, 2) < (1, 3))
