# The stdlib __future__ module: feature records with their versions and flags.
from __future__ import annotations
import __future__
print(__future__.all_feature_names)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.division.compiler_flag, __future__.generator_stop, repr(__future__.nested_scopes)[:20])
def f(x: undefined_name) -> "also": return x
print(f.__annotations__)
