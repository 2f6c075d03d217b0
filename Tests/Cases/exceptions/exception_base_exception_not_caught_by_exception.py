# KeyboardInterrupt, SystemExit and GeneratorExit are not Exception subclasses.
for cls in [KeyboardInterrupt, SystemExit, GeneratorExit]:
    try:
        try:
            raise cls("test")
        except Exception:
            print("wrongly caught", cls.__name__)
    except BaseException as e:
        print("caught by BaseException:", type(e).__name__, e)
try:
    raise KeyboardInterrupt
except:
    print("bare except catches everything")
class Custom(BaseException):
    pass
try:
    try:
        raise Custom("direct BaseException subclass")
    except Exception:
        print("not here")
except Custom as e:
    print("Custom caught:", e)
