# Literal patterns: ints, floats, complex, strings, bytes and negative numbers compare with ==.
def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1 + 2j:
            return "complex"
        case -3 - 4j:
            return "negative complex"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case b"raw":
            return "bytes"
        case _:
            return "other: " + repr(x)

for value in [0, 0.0, -0.0, False, -1, -1.0, 2.5, 1 + 2j, complex(1, 2), -3 - 4j, "hello", "", b"raw",
              bytearray(b"raw"), "raw", 3, None, [0], (0,), 2.50]:
    print(repr(value), "->", describe(value))
