# Strings are sequences of code points: len, iteration, ord/chr, reversed.
s = "a€😀\u0301"
print(len(s), [ord(c) for c in s], [hex(ord(c)) for c in s])
print(list(s), list(reversed(s)), s[2], len(s[2]))
print(chr(97), chr(0x20AC), chr(0x1F600), repr(chr(0)), chr(0x10FFFF) == "\U0010ffff")
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")), ord("\U0001F600"))
count = 0
for ch in "hello":
    count += ch == "l"
print(count, "".join(sorted("hello")), "".join([ch.upper() for ch in "abc" if ch != "b"]))
print(str(list("abc")), tuple("ab"), set("aab") == {"a", "b"}, dict.fromkeys("ab"))
