# Case conversion methods, including Unicode special cases.
words = ["hello World", "HELLO", "they're bill's friends", "ß straße", "ǆungla", "İstanbul",
         "ﬁnance", "hello_world-foo bar9baz", "ΣΑΣ ΟΔΟΣ", "123abc", ""]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()))
print("ß".upper(), len("ß".upper()), "ﬃ".upper(), "ŉ".upper())
print("aBc".lower() == "AbC".lower(), "Straße".casefold() == "STRASSE".casefold())
