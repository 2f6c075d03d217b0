# An uncaught BaseExceptionGroup (with a KeyboardInterrupt member) prints like any group and exits 1.
def stop():
    raise BaseExceptionGroup("stopping", [KeyboardInterrupt(), ValueError("also")])
stop()
