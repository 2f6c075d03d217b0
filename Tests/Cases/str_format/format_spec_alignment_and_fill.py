# Alignment, fill and width in format specs for strings and numbers.
for spec in ["10", "<10", ">10", "^10", "*<10", "*>10", "*^10", "-^9", "^1", "0>5", "{>6", "}<6"]:
    print(repr(spec), repr(format("abc", spec)), repr(format(42, spec)), repr(format(-4.5, spec)))
print(repr(format(-42, "=8")), repr(format(-42, "*=8")), repr(format(42, "=+8")), repr(format(-42, "08")))
print(repr(format(42, "010,")), repr(format(-1234, "010,")), repr(format(1234, "08_")), repr(format(0.5, "=+8.2f")))
print(repr("{:^7}".format("ab")), repr("{:^8}".format("ab")), repr("{:^8}".format("abc")), repr("{:>3}".format("abcdef")))
for spec in ["=10", "0=10", "010"]:
    try:
        print(repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(repr(f"{'x':🙂^7}"), repr(f"{'é':_<4}"), repr(f"{1:€>4}"))
