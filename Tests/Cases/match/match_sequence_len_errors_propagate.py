# Errors raised by __len__ or iteration during a sequence pattern propagate out of match.
class BadLen(list):
    def __len__(self):
        raise RuntimeError("no length today")

class BadIter(list):
    def __iter__(self):
        raise KeyError("iter broke")

class NegativeLen(list):
    def __len__(self):
        return -1

for value in [BadLen([1]), BadIter([1, 2]), NegativeLen([1])]:
    try:
        match value:
            case [a, b]:
                print("matched", a, b)
            case _:
                print("fell through")
    except Exception as e:
        print(type(value).__name__, type(e).__name__, e)
