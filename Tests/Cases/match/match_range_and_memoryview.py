# range and memoryview are sequences for matching; star captures from them are lists.
match range(3, 8):
    case [first, *middle, last]:
        print(first, middle, last, type(middle).__name__)

match range(0):
    case []:
        print("empty range matches []")

match memoryview(b"abc"):
    case [a, b, c]:
        print("memoryview items", a, b, c)

match range(2):
    case (0, 1):
        print("tuple-style pattern matches range too")

for value in [range(1, 2), range(5, 0, -2), memoryview(b"")]:
    match value:
        case [x]:
            print("one", x)
        case [x, *rest]:
            print("many", x, rest)
        case []:
            print("empty", type(value).__name__)
