# Capture patterns bind the subject; `_` matches without binding.
def first(x):
    match x:
        case [a, _, c]:
            return ("three", a, c)
        case [a, _]:
            return ("two", a)
        case other:
            return ("capture", other)

print(first([1, 2, 3]))
print(first((4, 5)))
print(first("xy"))
print(first(None))
_ = "untouched"
match 42:
    case _:
        print("wildcard matched, _ is still", repr(_))
match 43:
    case whole:
        print("captured at module level:", whole)
print("whole is a global now:", globals()["whole"])
