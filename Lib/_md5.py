"""pyvm's _md5: MD5 (RFC 1321) for hashlib."""

from _mdhash import MDHash as _MDHash

_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_K = [int(abs(__import__("math").sin(i + 1)) * 4294967296) & 0xFFFFFFFF for i in range(64)]


class md5(_MDHash):
    name = "md5"
    digest_size = 16
    _big_endian = False
    _initial = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)

    @staticmethod
    def _compress(state, block):
        m = [int.from_bytes(block[i:i + 4], "little") for i in range(0, 64, 4)]
        a, b, c, d = state
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & 0xFFFFFFFF))
                g = (7 * i) % 16
            f = (f + a + _K[i] + m[g]) & 0xFFFFFFFF
            a, d, c = d, c, b
            b = (b + ((f << _S[i]) | (f >> (32 - _S[i])))) & 0xFFFFFFFF
        return [(x + y) & 0xFFFFFFFF for x, y in zip(state, (a, b, c, d))]


MD5Type = md5
