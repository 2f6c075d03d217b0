# Read-only and undeletable properties produce 3.11's AttributeError messages.
class R:
    @property
    def ro(self):
        return 1
    wo = property(None, lambda self, v: None)
r = R()
try:
    r.ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.ro
except AttributeError as e:
    print(type(e).__name__, e)
try:
    r.wo
except AttributeError as e:
    print(type(e).__name__, e)
r.wo = 5
class Sub(R):
    pass
try:
    Sub().ro = 3
except AttributeError as e:
    print(type(e).__name__, e)
anon = property()
class H:
    p = anon
try:
    H().p
except AttributeError as e:
    print(type(e).__name__, e)
print(R.ro.__get__(r), R.ro.__get__(None, R) is R.ro)
