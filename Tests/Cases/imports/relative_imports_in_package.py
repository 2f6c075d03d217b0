# Relative imports (`from . import x`, `from .. import y`, `from ..m import f`) inside packages.
import pkg_basic.sub.beta as beta
print(beta.BETA, beta.gamma.GAMMA, beta.alpha.__name__)
