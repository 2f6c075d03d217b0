# Numeric literal patterns use ==: 1 matches 1.0 and True, -0.0 matches 0, NaN never matches itself.
nan = float("nan")

def which(x):
    match x:
        case 1:
            return "one"
        case 0:
            return "zero"
        case 0.5:
            return "half"
        case 1j:
            return "imaginary one"
        case _:
            return "no literal matched"

for value in [1, 1.0, True, 0, -0.0, False, 0.5, 1j, complex(0, 1), nan, 2]:
    print(repr(value), which(value))

class Consts:
    NAN = nan

match nan:
    case Consts.NAN:
        print("identical NaN objects compare equal in ==? no:", nan == nan)
    case _:
        print("NaN value pattern does not match (== is False)")
