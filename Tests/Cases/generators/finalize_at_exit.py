# Generators still suspended in module globals at exit run their finally blocks.
def worker(name):
    try:
        yield name
    finally:
        print("cleanup", name)

first = worker("first")
next(first)
second = worker("second")
next(second)
never = worker("never started")
print("end of module")
