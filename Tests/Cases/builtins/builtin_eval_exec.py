# eval() and exec() with explicit and default namespaces.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("len('abc')"))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted([k for k in ns if k != "__builtins__"]))
print(exec("1 + 1"), eval("[i * i for i in range(4)]"))
z = 10
print(eval("z + 1"))
def scope():
    w = 7
    return eval("w * 6")
print(scope())
for src, mode in [("1 +", "eval"), ("undefined_name", "eval"), ("raise ValueError('from exec')", "exec")]:
    try:
        eval(src) if mode == "eval" else exec(src)
    except (SyntaxError, NameError, ValueError) as e:
        print(type(e).__name__, e.args[0] if isinstance(e, SyntaxError) else e)
code = compile("q = 3", "<string>", "exec")
g = {}
exec(code, g)
print(g["q"], type(code).__name__)
