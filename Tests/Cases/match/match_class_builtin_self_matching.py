# Builtin types such as int, str, list and dict match a single positional sub-pattern against the subject itself.
class MyInt(int):
    pass

class MyStr(str):
    __match_args__ = ("upper",)

def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i} ({type(i).__name__})"
        case float(f):
            return f"float {f}"
        case str(s) if isinstance(s, MyStr):
            return f"MyStr via __match_args__: {s!r}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set of {len(s)}"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case _:
            return "other " + type(x).__name__

for value in [True, 7, MyInt(8), 1.5, "hi", b"by", bytearray(b"ba"), [1], (2,), {"k": 1}, {1, 2}, frozenset(),
              None, 2j, range(1)]:
    print(kind(value))
match MyStr("abc"):
    case MyStr(u):
        print("MyStr(u) binds the attribute:", type(u).__name__)
