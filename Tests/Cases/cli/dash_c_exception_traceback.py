# args: ["-c", "def f():\n    return 1 / 0\nf()"]
