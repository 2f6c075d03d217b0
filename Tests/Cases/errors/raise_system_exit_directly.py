# raise SystemExit(code) behaves like sys.exit(code); exception handlers for Exception don't stop it.
try:
    raise SystemExit(4)
except Exception:
    print("not caught by Exception")
finally:
    print("finally before exit")
