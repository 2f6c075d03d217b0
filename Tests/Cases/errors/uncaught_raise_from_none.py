# raise ... from None suppresses the context in the printed traceback.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(k) from None

get({}, "missing")
