# Exceptions inside comprehensions propagate out; partial results are discarded.
def check(x):
    if x == 3:
        raise ValueError(f"bad value {x}")
    return x
try:
    out = [check(x) for x in range(5)]
except ValueError as e:
    print(type(e).__name__, e)
print("out" in globals())
try:
    {x: 1 / (x - 2) for x in range(4)}
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {int(s) for s in ["1", "2", "x"]}
except ValueError as e:
    print(type(e).__name__, e)
def tb_names():
    try:
        [1 // 0 for _ in range(1)]
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names
print(tb_names())
