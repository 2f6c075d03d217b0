def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


for who in ["world", "pyvm"]:
    print(greet(who))
