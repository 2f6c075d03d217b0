# Methods defined on a metaclass are callable on the class but not on its instances.
class Meta(type):
    def describe(cls):
        return f"class {cls.__name__} with {len([k for k in vars(cls) if not k.startswith('__')])} public attrs"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    attr_on_meta = "meta attribute"
class Model(metaclass=Meta):
    a = 1
    b = 2
print(Model.describe(), Model.upper_name, Model.attr_on_meta)
for name in ["describe", "upper_name", "attr_on_meta"]:
    try:
        getattr(Model(), name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(hasattr(Model, "describe"), "describe" in dir(Model), "describe" in vars(Meta))
class Shadow(metaclass=Meta):
    attr_on_meta = "class attribute wins"
print(Shadow.attr_on_meta, Shadow().attr_on_meta)
