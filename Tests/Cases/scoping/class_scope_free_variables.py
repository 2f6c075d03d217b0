# A class body inside a function reads enclosing function variables; a class-level binding takes precedence.
def make(kind):
    label = "from function"
    other = "function other"
    class Inner:
        kind_copy = kind
        text = label
        other = "class other"
        seen_other = other
        def method(self):
            return label, other
    return Inner

Inner = make("widget")
print(Inner.kind_copy, Inner.text, Inner.seen_other)
print(Inner().method())

def shadowed_later():
    value = "function value"
    class C:
        # value is bound in the class body, so it is a class-local name (LOAD_NAME): the
        # enclosing function's variable is not consulted.
        try:
            first = value
        except NameError as e:
            first = f"{type(e).__name__}: {e}"
        value = "class value"
        second = value
    return C.first, C.second

print(shadowed_later())

def globals_vs_enclosing():
    name = "enclosing"
    class C:
        global gname
        gname = "set from class body"
        seen = name
    return C.seen

print(globals_vs_enclosing(), gname)
