# Common TypeError messages, caught and printed, then one left uncaught.
nothing = None
attempts = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: len(5),
    lambda: (lambda: 5)()(),
    lambda: nothing[0],
    lambda: {}[[]],
    lambda: int([1]),
    lambda: "abc" * 2.5,
    lambda: sorted([1, "a"]),
    lambda: iter(5),
    lambda: object() < object(),
    lambda: "x".join([1]),
    lambda: (1, 2)[0:1:0.5],
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
def add(a, b):
    return a + b
add(1, [2])
