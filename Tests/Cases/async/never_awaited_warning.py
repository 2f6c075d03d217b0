# A coroutine released without ever being started: RuntimeWarning "was never awaited".
async def forgotten():
    print("never runs")

forgotten()
print("after the first call")

def helper():
    forgotten()
    return "helper done"

print(helper())
print(len([forgotten() for _ in range(2)]))

async def started():
    return 1

s = started()
try:
    s.send(None)
except StopIteration:
    pass
del s
print("a finished coroutine gives no warning")
c = forgotten()
c.close()
del c
print("a closed coroutine gives no warning")
