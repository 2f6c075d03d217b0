# dataclasses (which imports inspect, ast, re, copy): fields, defaults, ordering,
# frozen instances, asdict/replace, __post_init__, inheritance.
import dataclasses, typing
@dataclasses.dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)
p = P(1, 2); print(p, p == P(1, 2), p < P(2), dataclasses.asdict(p), dataclasses.replace(p, y=5), dataclasses.fields(P)[0].name)
@dataclasses.dataclass(frozen=True)
class F:
    a: str
    b: float = 1.5
try: F('x').a = 'y'
except dataclasses.FrozenInstanceError as e: print('frozen', e)
print(hash(F('x')) == hash(F('x')), F('q'), dataclasses.astuple(F('z', 2.0)), dataclasses.is_dataclass(F))
@dataclasses.dataclass
class Child(P):
    z: str = 'c'
    def __post_init__(self): self.z = self.z.upper()
print(Child(1, 2, [3]), [f.name for f in dataclasses.fields(Child)])
try: P()
except TypeError as e: print(e)
try:
    @dataclasses.dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
@dataclasses.dataclass(slots=True, kw_only=True)
class S:
    a: int
    b: typing.Optional[str] = None
print(S(a=1), S.__slots__, dataclasses.make_dataclass('M', ['q', ('r', int, 5)])(1))
