# args: ["-q", "-i"]
# stdin: case
for i in range(3):
    if i % 2:
        print("odd", i)
    else:
        print("even", i)

class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v!r})"

Box(1)
[Box(2), Box("three")]
total = sum([1, 2, 3]); total
