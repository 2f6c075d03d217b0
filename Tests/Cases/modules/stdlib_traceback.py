# traceback module formatting, with the caret anchors it computes through ast.parse.
import traceback
try: 1 / 0
except ZeroDivisionError: traceback.print_exc()
def g(a, b): return a[b]
try: g([1], 5)
except IndexError: traceback.print_exc()
x = {'a': 1}
try: x['a'] + 'b'
except TypeError: print(traceback.format_exc())
