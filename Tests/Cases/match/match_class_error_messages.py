# Run-time errors of class patterns, with CPython's messages.
class NoArgs:
    pass

class ListArgs:
    __match_args__ = ["a"]

class IntArgs:
    __match_args__ = (1,)
    a = 1

class TwoArgs:
    __match_args__ = ("a", "b")
    a = 1
    b = 2

class DupArgs:
    __match_args__ = ("a", "a")
    a = 1

class StrSubclassArgs:
    class S(str):
        pass
    __match_args__ = (S("a"),)
    a = 1

not_a_type = len

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

def m1():
    match NoArgs():
        case NoArgs(1):
            return "matched"
def m2():
    match ListArgs():
        case ListArgs(1):
            return "matched"
def m3():
    match IntArgs():
        case IntArgs(1):
            return "matched"
def m4():
    match TwoArgs():
        case TwoArgs(1, 2, 3):
            return "matched"
def m5():
    match TwoArgs():
        case TwoArgs(1, a=1):
            return "matched"
def m6():
    match DupArgs():
        case DupArgs(x, y):
            return "matched"
def m7():
    match 3:
        case not_a_type():
            return "matched"
def m8():
    match StrSubclassArgs():
        case StrSubclassArgs(1):
            return "matched"
def m9():
    match 3:
        case int(1, 2):
            return "matched"
def m10():
    match 3j:
        case complex(1):
            return "matched"
def m11():
    match "not an instance":
        case NoArgs(1, 2, 3):
            return "matched"
    return "isinstance fails first, so no error"

for i, fn in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11], 1):
    attempt(f"m{i}", fn)
