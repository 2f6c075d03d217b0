# format() padding: every alignment with ASCII and non-ASCII fill characters, signs and
# prefixes kept in front by '=', widths around the text length, non-ASCII bodies.
for value in [42, -42, 0, 255, -3.5, 2.25, "ab", "\xe9\u20ac", 10**20]:
    for spec in ["<8", ">8", "^8", "^9", "=8", "*<7", "\xe9>7", "\u20ac^8", "\U0001F600=9", "0=8", "08", "+08", "#=10x",
                 "#010b", "_>12,", "3", "2", "", ">0", "=+12.2f", "x^1"]:
        try:
            print(repr(value), repr(spec), repr(format(value, spec)))
        except (ValueError, TypeError) as e:
            print(repr(value), repr(spec), type(e).__name__, e)
print(repr(f"{'x':\xe9^6}|{-7:\u20ac=6}|{3.14159:*>10.3f}|{12345:_<10,}"))
