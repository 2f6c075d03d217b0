# dict == dict (dict_equal): sizes, keys looked up by hash, values compared identity first,
# subclasses, nested dicts, NaN values, and the orderings dicts do not support.
nan = float("nan")
print({} == {}, {1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2} == {2: 1}, {1: 2} == {1: 2, 3: 4})
print(dict(a=1, b=2) == {"b": 2, "a": 1}, {1: [1, {2: 3}]} == {1: [1, {2: 3}]}, {1: nan} == {1: nan})
d = {1: nan}
print(d == d, d == dict(d), {1.0: "x"} == {1: "x"}, {True: 1} == {1: 1}, {(1, 2): 3} == {(1, 2): 3})


class D(dict):
    pass


class E(dict):
    def __eq__(self, other):
        return "custom"


print(D(a=1) == {"a": 1}, {"a": 1} == D(a=1), E(a=1) == {"a": 1}, {"a": 1} == E(a=1), D() != {})
print({1: 2} == [(1, 2)], {1: 2} != [(1, 2)], {} == None)
for op in ["<", "<=", ">", ">="]:
    try:
        eval("{1: 2} " + op + " {1: 2}") if False else {"<": lambda: {} < {}, "<=": lambda: {} <= {},
                                                      ">": lambda: {} > {}, ">=": lambda: {} >= {}}[op]()
    except TypeError as e:
        print("TypeError", e)
