# bin(), oct() and hex() use __index__ and a sign prefix.
for n in [0, 1, -1, 10, -10, 255, 2 ** 64, -(2 ** 64) + 1, True]:
    print(n, bin(n), oct(n), hex(n))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(37), 0), int(oct(37), 0), int(hex(37), 0), int(hex(-37), 16))
