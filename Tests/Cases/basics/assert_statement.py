# assert with and without a message; the message is evaluated only on failure.
def msg():
    print("message evaluated")
    return "custom message"

assert True, msg()
assert 1 == 1
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], msg()
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
try:
    assert 0, 42
except AssertionError as e:
    print(e.args, str(e))
print("done")
