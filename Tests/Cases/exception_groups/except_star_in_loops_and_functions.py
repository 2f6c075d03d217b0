# except* inside loops and nested functions; each iteration gets a fresh split.
def worker(i):
    errors = []
    if i % 2:
        errors.append(ValueError(i))
    if i % 3 == 0:
        errors.append(TypeError(i))
    if errors:
        raise ExceptionGroup(f"worker {i}", errors)
    return i

results = []
for i in range(7):
    try:
        results.append(worker(i))
    except* ValueError as eg:
        results.append(("V", [e.args[0] for e in eg.exceptions]))
    except* TypeError as eg:
        results.append(("T", [e.args[0] for e in eg.exceptions]))
print(results)

def collect():
    count = 0
    while count < 3:
        count += 1
        try:
            raise ExceptionGroup("loop", [ValueError(count)])
        except* ValueError:
            if count != 2:
                print("iteration", count)
    return count
print("collect returned", collect())
