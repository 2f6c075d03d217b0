"""The shared shape of pyvm's Python-written hash objects (_md5, _sha1, _sha256):
buffering into 64-byte blocks, Merkle-Damgard padding, copy/digest/hexdigest."""


class MDHash:
    block_size = 64
    _big_endian = True

    def __init__(self, data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            if data:
                raise TypeError("'data' and 'string' are mutually exclusive and support for "
                                "'string' keyword parameter is slated for removal in a future version.")
            data = string
        self._state = list(self._initial)
        self._buffer = b""
        self._length = 0
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        data = bytes(memoryview(data))
        self._length += len(data)
        buffer = self._buffer + data
        end = len(buffer) - len(buffer) % 64
        state = self._state
        for i in range(0, end, 64):
            state = self._compress(state, buffer[i:i + 64])
        self._state = state
        self._buffer = buffer[end:]

    def copy(self):
        other = object.__new__(type(self))
        other._state = list(self._state)
        other._buffer = self._buffer
        other._length = self._length
        return other

    def digest(self):
        length = self._length
        order = "big" if self._big_endian else "little"
        tail = self._buffer + b"\x80" + b"\x00" * ((55 - length) % 64) + \
            ((length * 8) & 0xFFFFFFFFFFFFFFFF).to_bytes(8, order)
        state = self._state
        for i in range(0, len(tail), 64):
            state = self._compress(state, tail[i:i + 64])
        return b"".join(x.to_bytes(4, order) for x in state)[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()
