# f-strings: expressions, conversions, nested quotes, braces and debugging '='.
name, n = "Ann", 7
print(f"{name} has {n} items", f"{n * 2}", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{n!r:>4}")
print(f"{{literal}}", f"{{{n}}}", f"{'quoted'}", f'{"double"}', f"{[1, 2][0]}", f"{ {'k': 1}['k'] }")
print(f"{n=}", f"{n = }", f"{name=!s}", f"{n*3=}", f"{name=:>6}", f"{1 + 1 = }")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|", f"{'x':{'<'}{width}}|", f"{n:0{width}d}")
def f(x):
    return x * 2
print(f"{f(3)}", f"{f('ab')}", f"{(lambda y: y + 1)(1)}", f"{n if n > 5 else 0}")
obj = type("O", (), {"__format__": lambda self, spec: "spec=" + spec, "__repr__": lambda self: "O()"})()
print(f"{obj}", f"{obj:xyz}", f"{obj!r}", f"{obj!r:>6}")
items = ["a", "b"]
print(f"{len(items)} {items} {items[-1]} {','.join(items)}")
print(f"multi{n}"  f"part{n}", F"upper", rf"\n{n}", fr"{n}\t")
