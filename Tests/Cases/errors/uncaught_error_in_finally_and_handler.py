# Exceptions raised in a finally block chain to the exception that was propagating.
def cleanup():
    raise OSError("cleanup failed")

def work():
    try:
        raise ValueError("work failed")
    finally:
        cleanup()

work()
