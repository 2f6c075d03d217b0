# The f-string '=' specifier keeps the expression text and uses repr by default.
x, name, items = 42, "Ann", [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x=!s}", f"{name=}", f"{name=!s}", f"{name=:>5}", f"{name=!r:>8}")
print(f"{x*2=}", f"{x * 2 = }", f"{items[0]=}", f"{len(items)=}", f"{x=:#x}", f"{x=:08.2f}")
print(f"{3.5=}", f"{'lit'=}", f"{None=}", f"{x > 40=}", f"{items=!a}")
def f(a):
    return a
print(f"{f(x)=}", f"{f('é')=}", f"{f('é')=!a}")
