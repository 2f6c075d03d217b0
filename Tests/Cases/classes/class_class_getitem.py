# __class_getitem__ makes Class[...] work and is an implicit classmethod.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2], Box[...])
class SubBox(Box):
    pass
print(SubBox[str])
class Both:
    def __class_getitem__(cls, item):
        return "class:" + str(item)
    def __getitem__(self, item):
        return "instance:" + str(item)
print(Both[1], Both()[1])
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
print(type(Both.__dict__["__class_getitem__"]).__name__)
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
