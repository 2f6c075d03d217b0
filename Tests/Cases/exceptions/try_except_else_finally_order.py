# Execution order of try / except / else / finally in all combinations.
def run(raise_in_body, catch=True):
    log = []
    try:
        try:
            log.append("body")
            if raise_in_body:
                raise ValueError("boom")
        except (ValueError if catch else KeyError):
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
        log.append("after")
    except ValueError:
        log.append("outer caught")
    return log
print(run(False))
print(run(True))
print(run(True, catch=False))
def raise_in_else():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise KeyError("from else")
    finally:
        print("finally after else")
try:
    raise_in_else()
except KeyError as e:
    print("caught", repr(e))
def except_in_except():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            return "nested handled"
print(except_in_except())
