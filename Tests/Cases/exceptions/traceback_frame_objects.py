# tb_frame exposes the frame's code, line and globals; one frame object per traceback entry.
import sys
def fail():
    x = 1
    raise KeyError("k")
try:
    fail()
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_globals is globals())
    inner = tb.tb_next
    print(inner.tb_lineno, inner.tb_frame.f_lineno, inner.tb_frame.f_code.co_name, inner.tb_frame.f_code.co_filename == __file__)
    print(tb.tb_frame is tb.tb_frame, type(tb.tb_frame).__name__, inner.tb_next, isinstance(tb.tb_lasti, int))
    print(tb.tb_frame.f_locals is globals())
try:
    e = ValueError()
    e.__traceback__ = 5
except TypeError as err:
    print(type(err).__name__, err)
e.__traceback__ = None
print(e.__traceback__)
