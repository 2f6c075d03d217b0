# A user-defined exception class is printed by its qualified name without the __main__ prefix.
class ApplicationError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class Outer:
    class InnerError(ApplicationError):
        pass

print("raising")
raise Outer.InnerError(42, "something went wrong")
