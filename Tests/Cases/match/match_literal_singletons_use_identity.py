# True, False and None patterns compare by identity, other literals by equality.
def kind(x):
    match x:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one"
        case 0:
            return "zero"
    return "no match"

class AlwaysEqual:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True

for value in [True, False, None, 1, 0, 1.0, 0.0, AlwaysEqual()]:
    print(type(value).__name__, kind(value))
