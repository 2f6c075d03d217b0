# `global` makes assignments, deletions and augmented assignments in a function act on module globals.
counter = 0

def increment():
    global counter
    counter += 1
    return counter

def create():
    global created_later
    created_later = "made inside a function"

def remove():
    global created_later
    del created_later

print(increment(), increment(), counter)
create()
print(created_later)
remove()
try:
    print(created_later)
except NameError as e:
    print(type(e).__name__, e)
try:
    remove()
except NameError as e:
    print(type(e).__name__, e)

def nested():
    def inner():
        global counter
        counter = 100
    inner()
    return counter

print(nested(), counter)

def reads_global_without_declaration():
    return counter + 1
print(reads_global_without_declaration())

def for_target():
    global loop_var
    for loop_var in range(3):
        pass
for_target()
print(loop_var)
