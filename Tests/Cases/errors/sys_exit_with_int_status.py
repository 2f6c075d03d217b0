# sys.exit(n) unwinds through with-blocks and finally clauses, then exits with status n silently.
import sys

class Guard:
    def __enter__(self):
        print("enter guard")
    def __exit__(self, exc_type, exc, tb):
        print("guard exit sees", exc_type.__name__, exc.code)
        return False

def leave(code):
    try:
        with Guard():
            sys.exit(code)
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("finally in leave")

print("exiting with 3")
leave(3)
print("never printed")
