# Generators used as coroutines: priming, sending, a small pipeline of consumers.
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

p = printer("match:")
next(p)
g = grep("py", p)
next(g)
for line in ["python", "ruby", "pypy", "swift"]:
    g.send(line)
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))

def state_machine():
    state = "idle"
    while True:
        event = yield state
        if state == "idle" and event == "start":
            state = "running"
        elif state == "running" and event == "pause":
            state = "paused"
        elif state == "paused" and event == "start":
            state = "running"
        elif event == "stop":
            return "stopped from " + state

m = state_machine()
print(next(m))
for event in ["start", "pause", "bogus", "start"]:
    print(event, "->", m.send(event))
try:
    m.send("stop")
except StopIteration as e:
    print(e.value)
