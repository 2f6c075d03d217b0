# str() with keyword arguments: object= alone is str(object); encoding/errors decode.
print(str(object=b"x"), str(object=5), str(b"x", errors="strict"), str(b"x", encoding="ascii"))
try:
    str(bogus=1)
except TypeError as e:
    print(e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(e)
