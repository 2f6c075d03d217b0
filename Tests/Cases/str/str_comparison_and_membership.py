# String ordering is by code point; `in` does substring search.
pairs = [("a", "b"), ("a", "B"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("é", "z"), ("Z", "a"),
         ("😀", "\uffff"), ("10", "9"), ("abc", "abc")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a > b, a != b)
print("ell" in "hello", "" in "abc", "" in "", "lo!" in "hello", "H" in "hello")
print(max(["apple", "Banana", "cherry"]), min("hello"), sorted("Hello World"), sorted(["b", "A", "a", "B"]))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1, "a" != b"a")
