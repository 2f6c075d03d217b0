"""pyvm's _random: the Mersenne Twister (MT19937) behind random.Random, producing the
same sequence as CPython for the same seed: seeding by init_by_array over the seed's
32-bit words, random() from two 27- and 26-bit draws, getrandbits from whole words."""

_N = 624
_M = 397
_MATRIX_A = 0x9908B0DF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF


class Random:
    """Random() -> create a random number generator with its own internal state."""
    __module__ = "_random"

    def __new__(cls, *args, **kwargs):
        if cls is Random and kwargs:
            raise TypeError("Random() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError("Random() expected at most 1 argument, got %d" % len(args))
        self = object.__new__(cls)
        self._mt = [0] * _N
        self._index = _N
        Random.seed(self, args[0] if args else None)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & 0xFFFFFFFF
        for i in range(1, _N):
            previous = mt[i - 1]
            mt[i] = (1812433253 * (previous ^ (previous >> 30)) + i) & 0xFFFFFFFF
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        length = len(key)
        for _ in range(max(_N, length)):
            previous = mt[i - 1]
            mt[i] = ((mt[i] ^ ((previous ^ (previous >> 30)) * 1664525)) + key[j] + j) & 0xFFFFFFFF
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= length:
                j = 0
        for _ in range(_N - 1):
            previous = mt[i - 1]
            mt[i] = ((mt[i] ^ ((previous ^ (previous >> 30)) * 1566083941)) - i) & 0xFFFFFFFF
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def seed(self, n=None):
        """seed([n]) -> None.

        Defaults to use urandom and falls back to a combination
        of the current time and the process identifier."""
        if n is None:
            try:
                import posix
                data = posix.urandom(_N * 4)
            except Exception:
                import time
                data = int(time.time() * 1e9).to_bytes(16, "little")
            key = [int.from_bytes(data[i:i + 4], "little") for i in range(0, len(data), 4)]
            self._init_by_array(key)
            return
        if isinstance(n, int):
            n = abs(n)
        else:
            n = hash(n) & 0xFFFFFFFFFFFFFFFF
        key = []
        while n:
            key.append(n & 0xFFFFFFFF)
            n >>= 32
        self._init_by_array(key or [0])

    def _genrand(self):
        mt = self._mt
        if self._index >= _N:
            for kk in range(_N - _M):
                y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
                mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            for kk in range(_N - _M, _N - 1):
                y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
                mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            y = (mt[_N - 1] & _UPPER) | (mt[0] & _LOWER)
            mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
            self._index = 0
        y = mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)

    def random(self):
        """random() -> x in the interval [0, 1)."""
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        k = k.__index__()
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def getstate(self):
        """getstate() -> tuple containing the current state."""
        return tuple(self._mt) + (self._index,)

    def setstate(self, state):
        """setstate(state) -> None.  Restores generator state."""
        if not isinstance(state, tuple):
            raise TypeError("state vector must be a tuple")
        if len(state) != _N + 1:
            raise ValueError("state vector is the wrong size")
        mt = [int(x) & 0xFFFFFFFF for x in state[:_N]]
        index = int(state[_N])
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        self._mt = mt
        self._index = index
