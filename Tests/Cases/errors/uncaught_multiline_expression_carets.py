# Error locations spanning parts of a line are marked with ~ and ^ in the traceback.
def compute(a, b, c):
    return a["key"] + b.value * c[2]

class B:
    value = 3

result = compute(
    {"key": 1},
    B(),
    [1, 2],
)
