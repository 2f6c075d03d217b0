# A small command interpreter dispatching with match (a typical real-world use).
class Stack:
    def __init__(self):
        self.items = []

def execute(program):
    stack = Stack()
    output = []
    for line in program:
        match line.split():
            case ["push", value] if value.lstrip("-").isdigit():
                stack.items.append(int(value))
            case ["push", value]:
                output.append(f"bad number {value!r}")
            case ["pop"]:
                if stack.items:
                    stack.items.pop()
            case ["add" | "mul" as op]:
                b, a = stack.items.pop(), stack.items.pop()
                stack.items.append(a + b if op == "add" else a * b)
            case ["dup", *count]:
                n = int(count[0]) if count else 1
                stack.items.extend([stack.items[-1]] * n)
            case ["print"]:
                output.append(" ".join(map(str, stack.items)))
            case []:
                continue
            case [cmd, *args]:
                output.append(f"unknown {cmd} with {len(args)} args")
    return output

prog = ["push 2", "push 3", "add", "dup 2", "print", "mul", "print", "push x", "", "frobnicate 1 2", "push -4",
        "mul", "print"]
for line in execute(prog):
    print(line)
