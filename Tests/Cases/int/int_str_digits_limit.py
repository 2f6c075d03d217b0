# CPython 3.11 limits int<->str conversion to 4300 digits (ValueError beyond it).
ok = 10 ** 4299
print(len(str(ok)), len(repr(ok)))
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 1000)
print(hex(big)[2:8], len(hex(big)), big.bit_length(), len(bin(big)), oct(big)[-5:])
print(int("f" * 5000, 16) % 97)
