# min()/max() with iterables or several arguments, key= and default=.
print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min("hello"), max("apple", "pear", key=len), min([], default="empty"))
print(max([1, 3, 2], key=lambda x: -x), min({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), max([[1, 2], [3]], key=len))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), min([True, 1]), max("b", "a", key=None))
print(max([(1, "a"), (1, "b")]), max([], default=None), min(iter([5, 4])), max(range(10), key=lambda x: x % 4))
errors = [lambda: max([]), lambda: min([]), lambda: max(), lambda: max(1), lambda: max(1, 2, default=0),
          lambda: min([1, "a"]), lambda: max([1], bogus=1)]
for call in errors:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
