# complex has no //, % or divmod (TypeError naming the operation); division by zero and abs overflow messages.
a = 3 + 4j
for text, attempt in [("a // 2", lambda: a // 2), ("a % 2", lambda: a % 2), ("divmod(a, 2)", lambda: divmod(a, 2)),
                      ("divmod(2, a)", lambda: divmod(2, a)), ("2 // a", lambda: 2 // a), ("a / 0", lambda: a / 0),
                      ("a / 0j", lambda: a / 0j), ("1 / 0j", lambda: 1 / 0j), ("0j / 0j", lambda: 0j / 0j),
                      ("a / complex(0, -0.0)", lambda: a / complex(0, -0.0)), ("abs(big)", lambda: abs(complex(1.5e308, 1.5e308))),
                      ("a << 1", lambda: a << 1), ("~a", lambda: ~a), ("a @ a", lambda: a @ a)]:
    try:
        print(text, attempt())
    except (ZeroDivisionError, TypeError, OverflowError) as e:
        print(text, type(e).__name__, e)
class D:
    def __divmod__(self, other):
        return "D.__divmod__"
    def __rdivmod__(self, other):
        return "D.__rdivmod__"
print(divmod(D(), 1j), divmod(1j, D()), divmod(7, 2), divmod(7.5, 2))
