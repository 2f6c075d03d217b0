# A None entry blocks an import; any object placed in sys.modules is what `import` gives.
import sys
sys.modules["blocked_module"] = None
try:
    import blocked_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
class Fake:
    attribute = "fake attribute"
    def __repr__(self):
        return "<Fake>"
sys.modules["fake_module"] = Fake()
import fake_module
from fake_module import attribute
print(fake_module, attribute)
try:
    from fake_module import missing
except ImportError as e:
    print(type(e).__name__, e)
