# f-strings with nested replacement fields inside the format spec.
value = 3.14159265
for width in [6, 10]:
    for precision in [1, 3]:
        print(repr(f"{value:{width}.{precision}f}"), repr(f"{value:>{width}.{precision}e}"))
align, fill = "^", "*"
print(f"{'mid':{fill}{align}{11}}", f"{42:{'+' if True else ''}d}", f"{255:#{'x'}}")
spec = ".2%"
print(f"{0.256:{spec}}", "{:{}}".format(0.256, spec), "{0:{1}.{2}f}".format(value, 8, 2))
print("{:{w}.{p}}".format("abcdef", w=5, p=2) + "|", "{:{}{}{}}".format(7, "0", ">", 4))
items = [("apple", 1.5), ("kiwi", 12.25), ("fig", 100.0)]
w = max([len(name) for name, _ in items])
for name, price in items:
    print(f"{name:<{w}} | {price:>8.2f}")
try:
    "{:{}}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
