# An AttributeError raised inside a property getter makes Python fall back to __getattr__.
class C:
    @property
    def prop(self):
        print("prop getter runs")
        raise AttributeError("inner problem")
    @property
    def other(self):
        raise ValueError("not an AttributeError")
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
print(c.prop)
try:
    c.other
except ValueError as e:
    print(type(e).__name__, e)
class NoFallback:
    @property
    def prop(self):
        return self.missing_attribute
try:
    NoFallback().prop
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(NoFallback(), "prop"), getattr(NoFallback(), "prop", "default used"))
