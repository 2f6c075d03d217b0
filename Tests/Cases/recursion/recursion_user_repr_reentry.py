# A __repr__ that recurses through repr() raises RecursionError; the program continues.
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__, e)
class Str:
    def __str__(self):
        return str(self)
try:
    str(Str())
except RecursionError as e:
    print(type(e).__name__, e)
class Attr:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Attr().a
except RecursionError as e:
    print(type(e).__name__, e)
class Add:
    def __add__(self, other):
        return self + other
try:
    Add() + 1
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered")
