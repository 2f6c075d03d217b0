# int() and float() accept any Unicode decimal digits and Unicode whitespace around them.
for s in ["\u0663", " \u0661\u0662 ", "\uff11\uff12", "\u0663.\u0665", "\u00a012\u2003", "1_\u0663", "\u0663x"]:
    try:
        print(repr(int(s)), end=" ")
    except ValueError as e:
        print(type(e).__name__, e, end=" ")
    try:
        print(repr(float(s)))
    except ValueError as e:
        print(type(e).__name__, e)
