# Misplaced global/nonlocal declarations and walrus targets are SyntaxErrors reported by compile().
sources = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    nonlocal y\n",
    "nonlocal z\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f(a):\n    def g():\n        nonlocal a\n        a = 2\n    nonlocal a\n",
    "[x := 1 for x in range(3)]\n",
    "class C:\n    [y := 1 for z in range(3)]\n",
    "[i for i in (j := [1, 2])]\n",
    "(a.b := 1)\n",
    "def f():\n    x: int = 1\n    global x\n",
]
for source in sources:
    try:
        compile(source, "<scoping>", "exec")
        print("compiled:", repr(source))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno})")
