# The first iterable is evaluated in the enclosing scope before the comprehension runs.
def source(tag, items):
    print("evaluating", tag)
    return items
result = [(x, y) for x in source("outer", [1, 2]) for y in source("inner", "ab")]
print(result)
try:
    [x for x in 5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [y for x in [1] for y in 7]
except TypeError as e:
    print(type(e).__name__, e)
def undefined_first():
    return [x for x in missing_name]
try:
    undefined_first()
except NameError as e:
    print(type(e).__name__, e)
print(type([x for x in []]).__name__, {x for x in []}, {x: x for x in []})
