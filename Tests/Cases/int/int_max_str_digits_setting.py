# sys.set_int_max_str_digits changes the int<->str limit; 0 disables it.
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(700)
try:
    int("1" * 701)
except ValueError as e:
    print(e)
print(len(str(10 ** 699)))
try:
    str(10 ** 700)
except ValueError as e:
    print(e)
for bad in [1, 639, -5]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, e)
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(10 ** 5000)), int("7" * 5000) % 10)
print(int("f" * 2000, 16) % 1000, hex(10 ** 5000)[:6])
sys.set_int_max_str_digits(4300)
try:
    f"{10 ** 5000:,}"
except ValueError as e:
    print(e)
