# bytearray is a mutable bytes sequence.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, 62)
ba.insert(-1, 45)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(63)
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
del ba[0]
del ba[-2:]
del ba[::3]
print(ba)
ba += b"++"
ba *= 2
print(ba)
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
ba.clear()
print(ba, len(ba))
bad = [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.pop(), lambda: ba.remove(1),
       lambda: bytearray(b"ab").__setitem__(0, -1), lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"x"),
       lambda: ba.extend(5), lambda: ba.insert(0, 300)]
for call in bad:
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
