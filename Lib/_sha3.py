"""pyvm's _sha3: SHA3-224/256/384/512 and SHAKE128/256 (FIPS 202) for hashlib."""

_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]
# Rotation offsets r[x][y] of the rho step.
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
        [27, 20, 39, 8, 14]]
_MASK = 0xFFFFFFFFFFFFFFFF


def _rotl(x, n):
    return ((x << n) | (x >> (64 - n))) & _MASK if n else x


def _keccak_f(a):
    for rc in _RC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rotl(c[(x + 1) % 5], 1) for x in range(5)]
        a = [a[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rotl(a[x + 5 * y], _ROT[x][y])
        a = [b[i] ^ (~b[(i % 5 + 1) % 5 + i - i % 5] & b[(i % 5 + 2) % 5 + i - i % 5]) for i in range(25)]
        a[0] ^= rc
    return a


class _Keccak:
    def __init__(self, data=b"", *, usedforsecurity=True):
        self._lanes = [0] * 25
        self._buffer = b""
        if data:
            self.update(data)

    @property
    def block_size(self):
        return self._rate

    @property
    def _capacity_bits(self):
        return 1600 - 8 * self._rate

    @property
    def _rate_bits(self):
        return 8 * self._rate

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        buffer = self._buffer + bytes(memoryview(data))
        rate = self._rate
        end = len(buffer) - len(buffer) % rate
        lanes = self._lanes
        for i in range(0, end, rate):
            lanes = self._absorb(lanes, buffer[i:i + rate])
        self._lanes = lanes
        self._buffer = buffer[end:]

    def _absorb(self, lanes, block):
        lanes = list(lanes)
        for j in range(len(block) // 8):
            lanes[j] ^= int.from_bytes(block[8 * j:8 * j + 8], "little")
        return _keccak_f(lanes)

    def copy(self):
        other = object.__new__(type(self))
        other._lanes = list(self._lanes)
        other._buffer = self._buffer
        return other

    def _squeeze(self, length):
        rate = self._rate
        block = bytearray(self._buffer + b"\x00" * (rate - len(self._buffer)))
        block[len(self._buffer)] ^= self._suffix
        block[rate - 1] ^= 0x80
        lanes = self._absorb(self._lanes, bytes(block))
        out = b""
        while True:
            out += b"".join(lane.to_bytes(8, "little") for lane in lanes[:rate // 8])
            if len(out) >= length:
                return out[:length]
            lanes = _keccak_f(lanes)


class _SHA3(_Keccak):
    _suffix = 0x06

    def digest(self):
        return self._squeeze(self.digest_size)

    def hexdigest(self):
        return self.digest().hex()


class sha3_224(_SHA3):
    name = "sha3_224"
    digest_size = 28
    _rate = 144


class sha3_256(_SHA3):
    name = "sha3_256"
    digest_size = 32
    _rate = 136


class sha3_384(_SHA3):
    name = "sha3_384"
    digest_size = 48
    _rate = 104


class sha3_512(_SHA3):
    name = "sha3_512"
    digest_size = 64
    _rate = 72


class _SHAKE(_Keccak):
    _suffix = 0x1F
    digest_size = 0

    def digest(self, length):
        if length < 0:
            raise ValueError("value must be positive")
        return self._squeeze(length)

    def hexdigest(self, length):
        return self.digest(length).hex()


class shake_128(_SHAKE):
    name = "shake_128"
    _rate = 168


class shake_256(_SHAKE):
    name = "shake_256"
    _rate = 136
