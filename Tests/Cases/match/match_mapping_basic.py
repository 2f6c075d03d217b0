# Mapping patterns: the listed keys must be present (extra keys are fine); values are sub-patterns.
def route(request):
    match request:
        case {"action": "get", "path": path}:
            return f"GET {path}"
        case {"action": "put", "path": path, "body": {"size": size}}:
            return f"PUT {path} ({size} bytes)"
        case {"action": action}:
            return f"unknown action {action!r}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"

requests = [
    {"action": "get", "path": "/"},
    {"path": "/x", "action": "get", "extra": True},
    {"action": "put", "path": "/y", "body": {"size": 3, "kind": "text"}},
    {"action": "put", "path": "/y", "body": {"kind": "text"}},
    {"action": "delete"},
    {},
    {"other": 1},
    [("action", "get")],
    None,
    {1: "int key", "action": 2},
]
for r in requests:
    print(route(r))
