# __enter__ runs before the body, __exit__ after it, receiving (None, None, None) on success.
class CM:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __enter__(self):
        print("enter", self.name)
        return f"value of {self.name}"
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False
with CM("a") as v:
    print("body", v)
with CM("b"):
    print("body without as")
result = []
with CM("c") as result_item:
    result.append(result_item)
print(result)
def in_function():
    with CM("d") as x:
        return "returned " + x
print(in_function())
