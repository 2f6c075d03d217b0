# Nested patterns combine sequences, mappings, classes, alternatives and guards.
class Node:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right=None):
        self.op = op
        self.left = left
        self.right = right

def evaluate(tree, env):
    match tree:
        case int(value) | float(value):
            return value
        case str(name):
            return env[name]
        case Node("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case Node("*", Node("+", a, b), c):
            return (evaluate(a, env) + evaluate(b, env)) * evaluate(c, env)
        case Node("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case Node("neg", operand):
            return -evaluate(operand, env)
        case Node(op=op):
            raise ValueError(f"unknown operator {op!r}")
        case {"let": {**bindings}, "in": body}:
            return evaluate(body, {**env, **bindings})
        case [first, *rest]:
            return [evaluate(first, env)] + evaluate(rest, env) if rest else [evaluate(first, env)]
        case _:
            raise TypeError(f"bad tree {tree!r}")

print(evaluate(Node("+", 1, 2), {}))
print(evaluate(Node("*", Node("+", "x", 1), 3), {"x": 4}))
print(evaluate(Node("neg", Node("*", 2.5, 2)), {}))
print(evaluate({"let": {"a": 10, "b": 20}, "in": Node("+", "a", "b")}, {}))
print(evaluate([1, Node("+", 1, 1), "z"], {"z": 9}))
for bad in [Node("%", 1, 2), None]:
    try:
        evaluate(bad, {})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
