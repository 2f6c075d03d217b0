# If __str__ of the exception fails, the traceback prints "<exception str() failed>".
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("cannot format")

print("about to raise")
raise Broken("message")
