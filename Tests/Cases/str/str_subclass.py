# Subclasses of str keep their type only where CPython does.
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
    def shout(self):
        return self.upper() + "!"
t = Tagged("hello", "greeting")
print(t, repr(t), t.tag, t.shout(), len(t), t[1:3], type(t[1:3]).__name__, type(t[0]).__name__)
print(type(t + "x").__name__, type(t * 2).__name__, type(t.strip()).__name__, type(str(t)).__name__)
print(t == "hello", "hello" == t, hash(t) == hash("hello"), {t: 1}["hello"], isinstance(t, str))
class Upper(str):
    def __eq__(self, other):
        return str.__eq__(self.upper(), other.upper())
    __hash__ = str.__hash__
    def __add__(self, other):
        return Upper(str.__add__(self, other))
print(Upper("abc") == "ABC", "ABC" == Upper("abc"), type(Upper("a") + "b").__name__, "b" + Upper("a"))
class Rev(str):
    def __str__(self):
        return self[::-1]
print(Rev("abc"), str(Rev("abc")), "%s" % Rev("abc"), f"{Rev('abc')}", "{}".format(Rev("abc")), [Rev("abc")])
