# enum: Enum, IntEnum, Flag, auto, unique, lookups and errors.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)


class Priority(IntEnum):
    LOW = auto()
    HIGH = auto()


print(Priority.LOW, Priority.HIGH + 1, Priority.LOW < Priority.HIGH, int(Priority.HIGH), sorted([Priority.HIGH, Priority.LOW]))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm(0)), list(rw))


class Bits(IntFlag):
    A = 1
    B = 2


print(Bits.A | Bits.B, int(Bits.A | 4))
try:
    @enum.unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
Animal = Enum('Animal', 'ANT BEE')
print(Animal.BEE.value, Animal.__members__.keys())


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)

    def __init__(self, mass, radius):
        self.mass = mass

    @property
    def heavy(self):
        return self.mass > 1e24


print(Planet.EARTH.mass, Planet.EARTH.heavy, Color.RED.__class__.__name__, type(Color).__name__)
