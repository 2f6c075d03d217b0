# eval/exec namespaces, __builtins__ insertion, compile modes and SyntaxError details.
g = {}
exec("x = 1", g)
print("__builtins__" in g, g["x"])
l = {}
exec("y = 2\nz = y + 1", {}, l)
print(sorted(l.items()))
print(eval("a + b", {"a": 1}, {"b": 2}), eval(" \t 5"), eval(b"6 * 7"))
print(eval(compile("1 + 1", "<x>", "eval")), exec(compile("q = 1", "<x>", "exec"), {}))
ns = {}
exec(compile("s = 'single'", "<x>", "single"), ns)
print(ns["s"])
def outer():
    v = 3
    return eval("v + 1"), exec("v = 100"), v
print(outer())
try:
    eval("len", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
for src, mode in [("1 +", "eval"), ("if True:\nprint(1)", "exec"), ("x = (1,", "exec"), ("a = 1", "eval")]:
    try:
        compile(src, "prog.py", mode)
    except SyntaxError as e:
        print(type(e).__name__, e, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
for bad in [lambda: eval(5), lambda: exec(None), lambda: compile("1", "f", "bogus"), lambda: eval("1", []),
            lambda: exec("1", {}, 5), lambda: compile(5, "f", "exec"), lambda: eval("1", {}, 5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
