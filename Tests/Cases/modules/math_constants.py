# math's constants: exact float values and their reprs.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.tau == 2 * math.pi, math.inf > 1e308, math.nan != math.nan, type(math.pi).__name__)
