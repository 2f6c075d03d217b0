# string, textwrap, pprint, typing, enum and collections on pyvm's re and _string.
import string, textwrap, pprint, typing, enum, collections
print(string.Template('$who likes $what').substitute(who='tim', what='kung pao'), string.Formatter().format('{0}-{x!r:>4}', 1, x=2), string.capwords('ab cd'))
print(list(string.Formatter().parse('a{0.x[1]}b{y:>3}c{{')), string.ascii_letters[:5], string.Template('$a').safe_substitute())
pprint.pprint({'k%d' % i: list(range(i)) for i in range(8)})
pprint.pprint([{'nested': {'deep': list(range(30))}}], width=40)
print(pprint.pformat('x' * 100, width=30))
print(textwrap.fill('The quick brown fox jumps over the lazy dog ' * 3, width=30), textwrap.dedent('  a\n  b'), textwrap.shorten('Hello world foo bar', 12))
print(textwrap.wrap('a-b-c-d-e-f-g-h long-hyphenated-words here', 10), textwrap.indent('x\ny', '> '))
T = typing.TypeVar('T')
def f(x: typing.List[int], y: typing.Optional[str] = None) -> typing.Dict[str, T]: ...
print(typing.get_type_hints(f), typing.Union[int, str], typing.List[int], typing.Callable[[int], str])
class N(typing.NamedTuple):
    a: int
    b: str = 'x'
print(N(1), N._fields, typing.get_origin(typing.List[int]), typing.get_args(typing.Dict[str, int]))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(Color.RED, Color(2), list(Color), Color['GREEN'].value, Perm.R | Perm.W, repr(Perm(6)))
print(collections.Counter('abracadabra').most_common(2), collections.OrderedDict(a=1), collections.ChainMap({'a': 1}, {'b': 2})['b'])
