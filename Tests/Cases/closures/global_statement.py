# global binds names in the module namespace, even ones that don't exist yet.
counter = 0
def bump():
    global counter
    counter += 1
def create():
    global created_later
    created_later = "made inside a function"
bump()
bump()
print(counter)
print("created_later" in globals())
create()
print(created_later)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
    return counter
print(nested(), counter)
def reader():
    return counter
counter = "rebound at module level"
print(reader())
def delete_global():
    global created_later
    del created_later
delete_global()
print("created_later" in globals())
def global_in_loop():
    global total
    total = 0
    for i in range(5):
        total += i
global_in_loop()
print(total)
