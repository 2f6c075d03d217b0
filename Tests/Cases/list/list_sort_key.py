# list.sort with key functions; the key is called once per element.
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
calls = []
def key(w):
    calls.append(w)
    return w[-1]
words.sort(key=key)
print(words, len(calls))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: (p[0], p[1]))
print(pairs)
nums = [3, -1, -4, 1, 5, -9, 2]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: -n)
print(nums)
print(sorted([[3, 1], [1, 2], [2, 0]], key=lambda x: x[1]), sorted("bAcD", key=str.upper))
try:
    [1, 2].sort(key=lambda x: None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
