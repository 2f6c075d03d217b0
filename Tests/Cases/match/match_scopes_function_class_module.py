# Capture patterns store into the scope of the match: fast locals, class namespaces, module globals, cells.
def in_function(x):
    match x:
        case [a, b]:
            pass
    return (a, b)

print(in_function([1, 2]))

class InClass:
    match {"name": "widget", "size": 3}:
        case {"name": name, "size": size}:
            label = f"{name}:{size}"

print(InClass.name, InClass.size, InClass.label)

match (10, 20):
    case (module_a, module_b):
        pass
print(module_a + module_b, "module_a" in globals())

def closure(x):
    match x:
        case {"v": captured}:
            pass
    def inner():
        return captured * 2
    return inner()

print(closure({"v": 21}))

def unbound(x):
    match x:
        case [never_bound]:
            pass
    try:
        return never_bound
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"

print(unbound("not a list"))
