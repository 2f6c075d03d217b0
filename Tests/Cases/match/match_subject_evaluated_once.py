# The subject expression is evaluated exactly once, and a tuple of subjects makes one tuple subject.
count = 0

def subject():
    global count
    count += 1
    print("evaluating subject, call", count)
    return [count, "payload"]

match subject():
    case [2, _]:
        print("unreachable")
    case [3, _]:
        print("unreachable")
    case [n, text]:
        print("matched", n, text)
print("subject calls:", count)

x, y = 1, "one"
match x, y:
    case (1, "uno"):
        print("spanish")
    case (1, "one"):
        print("english")
match x, *[y, y]:
    case (1, a, b):
        print("starred subject", a, b)
