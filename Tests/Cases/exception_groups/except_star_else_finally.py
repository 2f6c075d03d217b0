# try/except*/else/finally: else runs without an exception, finally always, also when parts escape.
def run(group):
    log = []
    try:
        try:
            if group is not None:
                raise group
            log.append("body done")
        except* ValueError:
            log.append("ValueError clause")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except ExceptionGroup as e:
        log.append("escaped " + repr(e))
    return log

print(run(None))
print(run(ExceptionGroup("g", [ValueError()])))
print(run(ExceptionGroup("g", [ValueError(), TypeError()])))
print(run(ExceptionGroup("g", [TypeError()])))

def returns_in_finally():
    try:
        raise ExceptionGroup("g", [TypeError()])
    except* ValueError:
        pass
    finally:
        return "finally swallowed the rest"
print(returns_in_finally())
