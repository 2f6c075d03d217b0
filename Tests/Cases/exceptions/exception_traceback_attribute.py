# __traceback__ links frames via tb_next; with_traceback replaces it.
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    saved = e
print(type(saved.__traceback__).__name__, saved.__traceback__.tb_frame.f_code.co_name)
fresh = ValueError("new")
print(fresh.__traceback__)
same = fresh.with_traceback(saved.__traceback__)
print(same is fresh, fresh.__traceback__ is saved.__traceback__)
fresh.with_traceback(None)
print(fresh.__traceback__)
try:
    fresh.with_traceback("bad")
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise fresh.with_traceback(saved.__traceback__)
except ValueError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print("traceback length after re-raise:", n)
