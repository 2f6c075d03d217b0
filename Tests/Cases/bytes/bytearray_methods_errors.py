# bytearray mutators: argument checking and the IndexError/ValueError/TypeError texts.
ba = bytearray(b"aXbXc")
ba.remove(ord("X"))
print(ba, ba.pop(), ba.pop(-2), ba, ba.pop(0), ba)
ba4 = bytearray()
ba4.extend(range(3))
ba4.extend(bytearray(b"!"))
ba4.extend(iter([7, 8]))
ba4 += bytearray(b"z")
ba4.insert(-100, 1)
ba4.insert(100, 2)
print(ba4)
calls = [lambda: bytearray().pop(), lambda: bytearray(b"ab").pop(5), lambda: bytearray(b"a").remove(300), lambda: bytearray(b"a").remove(98),
         lambda: bytearray(b"a").remove("x"), lambda: bytearray(b"a").insert("x", 1), lambda: bytearray(b"a").insert(0, 256),
         lambda: bytearray(b"a").extend("ab"), lambda: bytearray(b"a").extend([1, "x"]), lambda: bytearray(b"a").extend(5),
         lambda: bytearray(b"a").append(), lambda: bytearray(b"a").append(1, 2), lambda: bytearray(b"a").clear(1),
         lambda: bytearray(b"a")[0:1].__setitem__(0, None), lambda: bytearray(b"a").__setitem__(slice(0, 1), None)]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
