# The stdlib `this` module prints the Zen of Python on import (ROT13 decoding in its body).
import this
print(len(this.s), this.d["a"], this.c, this.i)
