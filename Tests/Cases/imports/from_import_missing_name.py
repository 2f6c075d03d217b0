# ImportError for a name that is neither an attribute nor a submodule, with name and path.
import sys
here = sys.path[0]
def show(e):
    print(type(e).__name__, "|", str(e).replace(here, "<dir>"), "|", e.name, "|", str(e.path).replace(here, "<dir>"))
try:
    from pkg_basic import does_not_exist
except ImportError as e:
    show(e)
try:
    from pkg_basic.alpha import nothing_here
except ImportError as e:
    show(e)
try:
    from sys import no_such_thing
except ImportError as e:
    show(e)
