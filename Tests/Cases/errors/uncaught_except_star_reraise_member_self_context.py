# Re-raising a member of the matched group from its own except* clause: the member shows itself as context.
def f():
    try:
        raise BaseExceptionGroup("stop", [KeyboardInterrupt(), SystemExit(2)])
    except* SystemExit as eg:
        raise eg.exceptions[0]
f()
