# Mapping pattern keys may be any literal (numbers, strings, bytes, None, True) or value pattern.
class K:
    name = "name"

def probe(m):
    match m:
        case {None: v}:
            return f"None key -> {v}"
        case {True: v}:
            return f"True key -> {v}"
        case {-1: v, 1.5: w}:
            return f"numbers -> {v}, {w}"
        case {b"raw": v}:
            return f"bytes key -> {v}"
        case {K.name: v, "other": w}:
            return f"value key -> {v}, {w}"
        case {0j: v}:
            return f"complex zero key -> {v}"
        case _:
            return "no key pattern matched"

for m in [{None: 1}, {1: "one"}, {True: "t"}, {-1: "m", 1.5: "f"}, {-1: "m"}, {b"raw": 2}, {"raw": 3},
          {"name": "n", "other": "o"}, {0: "zero"}, {0.0: "zero float"}, {}]:
    print(m, "->", probe(m))
