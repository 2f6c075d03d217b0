# exec with explicit dicts: assignments go to the given locals; functions defined there see the globals.
g = {"base": 10}
l = {}
exec("value = base + 1\ndef f():\n    return base * 2\n", g, l)
print(sorted(l), l["value"], l["f"]())
g2 = {}
exec("global_name = 'set'\ndef h():\n    global other\n    other = 'from h'\nh()", g2)
print(g2["global_name"], g2["other"])
ns = {}
exec("x = 1\nclass C:\n    y = x + 1\n", ns)
print(ns["C"].y)
def func():
    local_var = 5
    return eval("local_var * 2")
print(func())
