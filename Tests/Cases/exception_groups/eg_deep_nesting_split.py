# Splitting and matching deeply nested groups works level by level (200 levels here).
group = ExceptionGroup("leaf level", [ValueError(0), TypeError(0)])
for level in range(1, 200):
    group = ExceptionGroup(f"level {level}", [group, ValueError(level)] if level % 50 == 0 else [group])
match, rest = group.split(ValueError)
depth = 0
node = match
while isinstance(node, ExceptionGroup):
    depth += 1
    node = node.exceptions[0]
print("match depth", depth, repr(node))
values = []
def collect(g):
    for e in g.exceptions:
        if isinstance(e, ExceptionGroup):
            collect(e)
        else:
            values.append(e.args[0])
collect(match)
print(sorted(values))
print(repr(rest.subgroup(TypeError).message), rest.subgroup(ValueError))
try:
    raise group
except* TypeError as eg:
    print("except* on the deep group:", eg.message)
except* ValueError as eg:
    print("ValueError part rooted at", eg.message)
