# Changing a dict's size while iterating raises RuntimeError; value updates are allowed.
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"a": 1, "b": 2}
for k in d:
    d[k] *= 10
print(d)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
        d[k + "2"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
try:
    for v in d.values():
        d[2] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for item in d.items():
        d.pop(2)
except RuntimeError as e:
    print(type(e).__name__, e)
for k in list(d):
    d[k + 10] = 0
print(d)
