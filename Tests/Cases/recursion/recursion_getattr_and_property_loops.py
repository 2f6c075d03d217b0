# Accidental infinite recursion through properties and __setattr__ raises RecursionError.
class BadProperty:
    @property
    def value(self):
        return self.value
try:
    BadProperty().value
except RecursionError as e:
    print(type(e).__name__, e)
class BadSetattr:
    def __setattr__(self, name, value):
        setattr(self, name, value)
try:
    BadSetattr().x = 1
except RecursionError as e:
    print(type(e).__name__, e)
class BadInit:
    def __init__(self):
        BadInit()
try:
    BadInit()
except RecursionError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return len(self)
try:
    len(BadLen())
except RecursionError as e:
    print(type(e).__name__, e)
print("all recovered")
