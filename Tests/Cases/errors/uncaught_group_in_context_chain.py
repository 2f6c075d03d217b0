# A group raised while handling another group: both are drawn, joined by the context message.
def first():
    raise ExceptionGroup("first", [ValueError(1)])

try:
    first()
except ExceptionGroup:
    raise ExceptionGroup("second", [TypeError(2), ExceptionGroup("nested", [OSError(3)])])
