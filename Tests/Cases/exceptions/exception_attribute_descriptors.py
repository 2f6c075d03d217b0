# BaseException.args/__traceback__/__cause__/__context__ are getset descriptors; deleting them fails.
e=ValueError(1)
for n in ['args','__traceback__','__cause__','__context__','__suppress_context__']:
  try: delattr(e, n)
  except Exception as x: print(n, type(x).__name__, x)
print(repr(BaseException.args), repr(BaseException.__suppress_context__), type(BaseException.__dict__['args']).__name__)
try: e.__suppress_context__ = 5
except Exception as x: print(type(x).__name__, x)
print(e.__suppress_context__)
e.args = [1, 2]; print(e.args, e)
e.__cause__ = KeyError(); print(e.__suppress_context__, repr(e.__cause__))
try: e.__cause__ = 5
except TypeError as x: print(x)
