# close() called from the consumer while iterating, and from inside a sibling generator.
def gen(log):
    try:
        for i in range(5):
            yield i
    finally:
        log.append("gen finally")

log = []
g = gen(log)
for v in g:
    log.append(v)
    if v == 1:
        g.close()
log.append("loop ended without error")
print(log)

def pump(source):
    for v in source:
        if v == 2:
            source.close()
        yield v

log = []
print(list(pump(gen(log))), log)

def closes_other(other):
    yield "before"
    other.close()
    yield "after"

log = []
g = gen(log)
next(g)
print(list(closes_other(g)), log, list(g))
