# Subclasses of list and tuple are sequences; len() and iteration go through their overrides.
class MyList(list):
    def __len__(self):
        print("  MyList.__len__")
        return super().__len__()
    def __iter__(self):
        print("  MyList.__iter__")
        return super().__iter__()

class MyTuple(tuple):
    pass

class Mixed(object):
    pass

class ListWithMixin(Mixed, list):
    pass

for value in [MyList([1, 2]), MyTuple((3, 4)), ListWithMixin([5, 6]), MyList([1])]:
    print(type(value).__name__)
    match value:
        case [a, b]:
            print("  pair", a, b)
        case _:
            print("  no pair")

class LyingLength(list):
    def __len__(self):
        return 3

match LyingLength([1, 2]):
    case [a, b, c]:
        print("three?", a, b, c)
    case _:
        print("no match")
