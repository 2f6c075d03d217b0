# repr() chooses quotes and escapes non-printable characters; ascii() escapes non-ASCII.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\r\x00\x7f\x1b",
           "back\\slash", "é ñ ü", "€ 😀", "\u200b zero width", "\ud800 surrogate", "\x80\x9f\xa0\xad",
           "\U000e0001", "日本語", "\u0301 combining", "\ufeff bom", "\U0010ffff"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("'"), repr('"'), repr("'\""), str("'\""))
print(ascii(["é", 1, b"\xff", {"ü": "ö"}]))
