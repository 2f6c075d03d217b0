# Complex arithmetic with int/float operands, abs, conjugate and division by zero.
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate())
print(a + 1, 1 + a, a * 2.5, 2 - a, a / 2, 1 / a, a ** 2, a ** 0.5, a ** -1)
print(1j * 1j, 1j ** 2, (1j) ** 3, 2 ** 1j, 1j ** 1j, (1 + 1j) ** 10)
print(0j ** 0, 0j ** 2, (2 + 0j) ** 3, abs(complex(3e200, 4e200)))
attempts = [("a / 0", lambda: a / 0), ("a / 0j", lambda: a / 0j), ("0j ** -1", lambda: 0j ** -1),
            ("a // 2", lambda: a // 2), ("a % 2", lambda: a % 2), ("divmod(a, 2)", lambda: divmod(a, 2)),
            ("0j ** 1j", lambda: 0j ** 1j), ("1 / 0j", lambda: 1 / 0j), ("2.5 / 0j", lambda: 2.5 / 0j)]
for text, attempt in attempts:
    try:
        print(text, attempt())
    except (ZeroDivisionError, TypeError) as e:
        print(text, type(e).__name__, e)
x = 1 + 1j
x += 1
x *= 1j
print(x, type(x).__name__)
try:
    print(abs(complex(1e308, 1e308)))
    print(abs(complex(1.5e308, 1.5e308)))
except OverflowError as e:
    print(type(e).__name__, e)
