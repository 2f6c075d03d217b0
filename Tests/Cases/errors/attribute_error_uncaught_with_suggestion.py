# Uncaught AttributeError: the traceback suggests a close attribute name.
class Account:
    def __init__(self):
        self.balance = 100

acct = Account()
try:
    acct.balanse
except AttributeError as e:
    print("str(e):", e)
print(acct.balanse)
