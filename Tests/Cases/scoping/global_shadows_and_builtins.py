# Name resolution for globals falls back to builtins; a global of the same name shadows the builtin.
def uses_len(x):
    return len(x)

print(uses_len("abc"))
len = lambda x: "shadowed"
print(uses_len("abc"))
del len
print(uses_len("abc"))

def declares_global_builtin_name():
    global print_alias
    print_alias = print
declares_global_builtin_name()
print_alias("alias works")

def missing():
    return undefined_name

try:
    missing()
except NameError as e:
    print(type(e).__name__, e)

def local_shadow():
    max = 3
    return max

print(local_shadow(), max(1, 2))
