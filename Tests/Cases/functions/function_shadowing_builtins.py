# Globals shadow builtins; deleting the global restores the builtin.
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
def use_local():
    max = lambda *a: "local max"
    return max(1, 2)
print(use_local(), max(1, 2))
print = print
print("print rebound to itself")
def f():
    return sum
sum = "global sum"
print(f())
del sum
print(f()([1, 2]))
