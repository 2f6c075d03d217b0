# Relative imports: siblings, the parent package and its modules.
from . import gamma
from .gamma import GAMMA
from .. import alpha
from ..alpha import greet
from .. import VALUE
print("pkg_basic.sub.beta runs with", GAMMA, alpha.ALPHA, greet("beta"), VALUE)
BETA = GAMMA + 1
