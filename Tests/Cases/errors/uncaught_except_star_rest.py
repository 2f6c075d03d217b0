# The unhandled rest of an except* keeps the original traceback; new errors from clauses are grouped with it.
def work():
    raise ExceptionGroup("work failed", [ValueError("v"), TypeError("t"), KeyError("k")])

def run():
    try:
        work()
    except* ValueError:
        print("ValueError handled")
    except* TypeError as eg:
        raise RuntimeError("could not handle TypeError") from eg.exceptions[0]

run()
