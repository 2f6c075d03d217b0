# The gc module's switches, thresholds and argument checking.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, gc.collect(0), gc.collect(generation=2))
print(gc.get_threshold(), type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.garbage, gc.callbacks)
gc.set_threshold(500, 5)
print(gc.get_threshold())
for call in [lambda: gc.collect(3), lambda: gc.collect(-1)]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
for call in [lambda: gc.collect("0"), lambda: gc.collect(1, 2), lambda: gc.collect(gen=1),
             lambda: gc.enable(1), lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
