# logging (handlers, formatters, levels, exceptions) and inspect (signatures, members).
import logging, inspect, sys
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s %(name)s %(message)s', stream=sys.stdout)
log = logging.getLogger('app')
log.warning('careful %d', 3); logging.debug('dbg'); log.info('info %s', [1, 2])
child = logging.getLogger('app.child'); child.setLevel(logging.ERROR); child.warning('hidden'); child.error('shown')
try: 1 / 0
except ZeroDivisionError: log.exception('failed')
handler = logging.StreamHandler(sys.stdout); handler.setFormatter(logging.Formatter('[%(name)s|%(levelno)d] %(message)s'))
other = logging.getLogger('other'); other.propagate = False; other.addHandler(handler); other.critical('crit')
print(logging.getLevelName(30), logging.getLevelName('ERROR'), log.isEnabledFor(logging.DEBUG), log.getEffectiveLevel())
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f."""
class K:
    def m(self, x): return x
    @property
    def p(self): return 1
print(inspect.signature(f), inspect.isfunction(f), inspect.getmodule(f).__name__, inspect.getdoc(f))
print(list(inspect.signature(f).parameters), inspect.signature(K().m), inspect.ismethod(K().m), inspect.isclass(K))
print([n for n, _ in inspect.getmembers(K) if not n.startswith('__')], inspect.getfullargspec(f).kwonlyargs)
sig = inspect.signature(f); print(sig.bind(1, c=3).arguments, sig.return_annotation)
print(inspect.cleandoc('  a\n    b'), inspect.isgeneratorfunction(lambda: (yield)), inspect.currentframe().f_code.co_name)
