# except* with `from None`, nested try/finally inside a clause, and a with-block around it.
def run():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise RuntimeError("replaced") from None
    except* TypeError:
        pass

try:
    run()
except Exception as e:
    print(type(e).__name__, repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))

def with_finally():
    log = []
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            log.append("handler")
            try:
                raise KeyError("inner")
            except KeyError:
                log.append("inner caught")
        finally:
            log.append("finally")
    except Exception as e:
        log.append(repr(e))
    return log

print(with_finally())

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit sees", args[0].__name__ if args[0] else None, repr(args[1]))
        return False

try:
    with CM():
        try:
            raise ExceptionGroup("g", [ValueError(1), OSError(2)])
        except* ValueError:
            print("value handled")
except* OSError as eg:
    print("outer except* got", repr(eg))
