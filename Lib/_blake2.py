"""pyvm's _blake2: BLAKE2b and BLAKE2s (RFC 7693, with salt/person/tree parameters) for
hashlib."""

_SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
]


class _BLAKE2:
    def __init__(self, data=b"", *, digest_size=None, key=b"", salt=b"", person=b"", fanout=1,
                 depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
                 last_node=False, usedforsecurity=True):
        w = self._word_bytes
        if digest_size is None:
            digest_size = self.MAX_DIGEST_SIZE
        if not 1 <= digest_size <= self.MAX_DIGEST_SIZE:
            raise ValueError("digest_size must be between 1 and %d bytes" % self.MAX_DIGEST_SIZE)
        key = bytes(memoryview(key))
        salt = bytes(memoryview(salt))
        person = bytes(memoryview(person))
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError("maximum key length is %d bytes" % self.MAX_KEY_SIZE)
        if len(salt) > self.SALT_SIZE:
            raise ValueError("maximum salt length is %d bytes" % self.SALT_SIZE)
        if len(person) > self.PERSON_SIZE:
            raise ValueError("maximum person length is %d bytes" % self.PERSON_SIZE)
        self.digest_size = digest_size
        # The parameter block (RFC 7693 section 2.5), as 8 words.
        block = bytearray(8 * w)
        block[0] = digest_size
        block[1] = len(key)
        block[2] = fanout
        block[3] = depth
        block[4:8] = leaf_size.to_bytes(4, "little")
        if w == 8:
            block[8:16] = node_offset.to_bytes(8, "little")
            block[16] = node_depth
            block[17] = inner_size
            block[32:32 + len(salt)] = salt
            block[48:48 + len(person)] = person
        else:
            block[8:14] = node_offset.to_bytes(6, "little")
            block[14] = node_depth
            block[15] = inner_size
            block[16:16 + len(salt)] = salt
            block[24:24 + len(person)] = person
        self._h = [iv ^ int.from_bytes(block[i * w:(i + 1) * w], "little")
                   for i, iv in enumerate(self._IV)]
        self._counter = 0
        self._buffer = b""
        self._last_node = last_node
        if key:
            self.update(key + b"\x00" * (self.block_size - len(key)))
        if data:
            self.update(data)

    def _compress(self, block, last):
        w = self._word_bytes
        mask = self._mask
        bits = 8 * w
        r1, r2, r3, r4 = self._rotations
        m = [int.from_bytes(block[i:i + w], "little") for i in range(0, 16 * w, w)]
        v = self._h + list(self._IV)
        v[12] ^= self._counter & mask
        v[13] ^= (self._counter >> bits) & mask
        if last:
            v[14] ^= mask
            if self._last_node:
                v[15] ^= mask

        def g(a, b, c, d, x, y):
            v[a] = (v[a] + v[b] + x) & mask
            t = v[d] ^ v[a]
            v[d] = ((t >> r1) | (t << (bits - r1))) & mask
            v[c] = (v[c] + v[d]) & mask
            t = v[b] ^ v[c]
            v[b] = ((t >> r2) | (t << (bits - r2))) & mask
            v[a] = (v[a] + v[b] + y) & mask
            t = v[d] ^ v[a]
            v[d] = ((t >> r3) | (t << (bits - r3))) & mask
            v[c] = (v[c] + v[d]) & mask
            t = v[b] ^ v[c]
            v[b] = ((t >> r4) | (t << (bits - r4))) & mask

        for r in range(self._rounds):
            s = _SIGMA[r % 10]
            g(0, 4, 8, 12, m[s[0]], m[s[1]])
            g(1, 5, 9, 13, m[s[2]], m[s[3]])
            g(2, 6, 10, 14, m[s[4]], m[s[5]])
            g(3, 7, 11, 15, m[s[6]], m[s[7]])
            g(0, 5, 10, 15, m[s[8]], m[s[9]])
            g(1, 6, 11, 12, m[s[10]], m[s[11]])
            g(2, 7, 8, 13, m[s[12]], m[s[13]])
            g(3, 4, 9, 14, m[s[14]], m[s[15]])
        self._h = [h ^ v[i] ^ v[i + 8] for i, h in enumerate(self._h)]

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        buffer = self._buffer + bytes(memoryview(data))
        size = self.block_size
        # Keep the last block (possibly full) for digest(): it is compressed as final.
        while len(buffer) > size:
            self._counter += size
            self._compress(buffer[:size], False)
            buffer = buffer[size:]
        self._buffer = buffer

    def copy(self):
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._h = list(self._h)
        return other

    def digest(self):
        saved = (list(self._h), self._counter)
        self._counter += len(self._buffer)
        self._compress(self._buffer + b"\x00" * (self.block_size - len(self._buffer)), True)
        out = b"".join(h.to_bytes(self._word_bytes, "little") for h in self._h)[:self.digest_size]
        self._h, self._counter = saved
        return out

    def hexdigest(self):
        return self.digest().hex()


class blake2b(_BLAKE2):
    name = "blake2b"
    block_size = 128
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16
    _word_bytes = 8
    _mask = 0xFFFFFFFFFFFFFFFF
    _rounds = 12
    _rotations = (32, 24, 16, 63)
    _IV = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
           0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)


class blake2s(_BLAKE2):
    name = "blake2s"
    block_size = 64
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8
    _word_bytes = 4
    _mask = 0xFFFFFFFF
    _rounds = 10
    _rotations = (16, 12, 8, 7)
    _IV = (0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB,
           0x5BE0CD19)
