# Members of a raised group keep their own tracebacks; the wrapper group has the raise site's.
def fail(kind):
    raise kind("failed in fail()")

def gather():
    errors = []
    for kind in (ValueError, TypeError):
        try:
            fail(kind)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("gathered", errors)

def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

try:
    gather()
except* ValueError as eg:
    print("group:", lines(eg.__traceback__))
    print("member:", lines(eg.exceptions[0].__traceback__))
except* TypeError as eg:
    print("group:", lines(eg.__traceback__))
    print("member:", lines(eg.exceptions[0].__traceback__))
