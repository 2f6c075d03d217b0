# Attribute names must be str; str subclasses are accepted.
class Obj:
    pass
o = Obj()
class Name(str):
    pass
setattr(o, Name("sub"), 1)
print(o.sub, getattr(o, Name("sub")), hasattr(o, Name("sub")), vars(o))
for call in [lambda: setattr(o, 1, 2), lambda: getattr(o, None), lambda: hasattr(o, 3.5), lambda: delattr(o, [])]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
setattr(o, "", "empty name")
setattr(o, "123", "digits")
print(getattr(o, ""), getattr(o, "123"), sorted(vars(o)))
