"""pyvm's _sha1: SHA-1 (FIPS 180-4) for hashlib."""

from _mdhash import MDHash as _MDHash


def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


class sha1(_MDHash):
    name = "sha1"
    digest_size = 20
    _initial = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    @staticmethod
    def _compress(state, block):
        w = [int.from_bytes(block[i:i + 4], "big") for i in range(0, 64, 4)]
        for t in range(16, 80):
            w.append(_rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
        a, b, c, d, e = state
        for t in range(80):
            if t < 20:
                f, k = (b & c) | (~b & d), 0x5A827999
            elif t < 40:
                f, k = b ^ c ^ d, 0x6ED9EBA1
            elif t < 60:
                f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
            else:
                f, k = b ^ c ^ d, 0xCA62C1D6
            a, b, c, d, e = (_rotl(a, 5) + f + e + k + w[t]) & 0xFFFFFFFF, a, _rotl(b, 30), c, d
        return [(x + y) & 0xFFFFFFFF for x, y in zip(state, (a, b, c, d, e))]


SHA1Type = sha1
