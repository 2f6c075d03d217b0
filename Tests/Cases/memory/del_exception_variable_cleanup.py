# The except-clause variable is deleted at the end of the handler, releasing the traceback's frames.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def fail():
    local = Noisy("frame local")
    raise RuntimeError("fail")
try:
    fail()
except RuntimeError as e:
    print("handler start")
print("after handler")
saved = None
try:
    fail()
except RuntimeError as e:
    saved = e
print("exception saved; frame still alive")
saved = None
print("after dropping saved exception")
def no_raise():
    x = Noisy("normal local")
    return 1
no_raise()
print("end")
