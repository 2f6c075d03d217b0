"""Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

pyvm's _struct, with CPython's sizes and alignment for x86-64 Linux in native mode
('@'), the standard sizes otherwise, and IEEE 754 packing of e, f and d done exactly
(round-half-even, OverflowError where CPython raises it)."""

import math as _math


class error(Exception):
    pass


error.__module__ = "struct"

# code: (native size, native alignment, standard size)
_CODES = {
    "x": (1, 1, 1), "c": (1, 1, 1), "b": (1, 1, 1), "B": (1, 1, 1), "?": (1, 1, 1),
    "h": (2, 2, 2), "H": (2, 2, 2), "i": (4, 4, 4), "I": (4, 4, 4),
    "l": (8, 8, 4), "L": (8, 8, 4), "q": (8, 8, 8), "Q": (8, 8, 8),
    "n": (8, 8, None), "N": (8, 8, None), "P": (8, 8, None),
    "e": (2, 2, 2), "f": (4, 4, 4), "d": (8, 8, 8), "s": (1, 1, 1), "p": (1, 1, 1),
}
_SIGNED = set("bhilqn")
_UNSIGNED = set("BHILQNP")


def _parse(fmt):
    """(byte order, little endian?, native?, items, size): items are (code, count,
    offset)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("latin-1")
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    order = "@"
    i = 0
    if fmt and fmt[0] in "@=<>!":
        order = fmt[0]
        i = 1
    native = order == "@"
    little = order in "@=<"
    items = []
    size = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            if j >= n:
                raise error("repeat count given without format specifier")
            i = j
            c = fmt[i]
        if c not in _CODES or (not native and _CODES[c][2] is None):
            raise error("bad char in struct format")
        item_size = _CODES[c][0] if native else _CODES[c][2]
        if native:
            align = _CODES[c][1]
            size = (size + align - 1) // align * align
        if count is None:
            count = 1
        if c in "sp":
            items.append((c, count, size))
            size += count
        elif c == "x":
            size += count
        else:
            for _ in range(count):
                items.append((c, 1, size))
                size += item_size
        i += 1
    return little, native, items, size


def _int_range(code, size):
    bits = size * 8
    if code in _SIGNED:
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


def _pack_float(value, size, little):
    if size == 8:
        bits = _double_bits(value)
    elif size == 4:
        bits = _narrow_bits(value, 8, 23, "f")
    else:
        bits = _narrow_bits(value, 5, 10, "e")
    return bits.to_bytes(size, "little" if little else "big")


def _double_bits(x):
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if _math.isnan(x):
        return (sign << 63) | (0x7FF << 52) | (1 << 51)
    if _math.isinf(x):
        return (sign << 63) | (0x7FF << 52)
    x = abs(x)
    if x == 0.0:
        return sign << 63
    m, e = _math.frexp(x)          # x = m * 2**e, 0.5 <= m < 1
    exponent = e - 1 + 1023
    if exponent <= 0:              # subnormal: the mantissa is x / 2**-1074
        return (sign << 63) | int(_math.ldexp(x, 1074))
    mantissa = int(_math.ldexp(m, 53)) - (1 << 52)
    return (sign << 63) | (exponent << 52) | mantissa


def _narrow_bits(x, exponent_bits, mantissa_bits, code):
    """IEEE bits of x rounded half-even into a float of the given widths."""
    bias = (1 << (exponent_bits - 1)) - 1
    max_exponent = (1 << exponent_bits) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    top = sign << (exponent_bits + mantissa_bits)
    if _math.isnan(x):
        return top | (max_exponent << mantissa_bits) | (1 << (mantissa_bits - 1))
    if _math.isinf(x):
        return top | (max_exponent << mantissa_bits)
    x = abs(x)
    if x == 0.0:
        return top
    m, e = _math.frexp(x)
    exponent = e - 1 + bias
    if exponent <= 0:
        # Subnormal: units of 2**(1 - bias - mantissa_bits).
        scaled = _math.ldexp(x, bias - 1 + mantissa_bits)
        mantissa = _round_half_even(scaled)
        if mantissa >= 1 << mantissa_bits:
            return top | (1 << mantissa_bits)
        return top | mantissa
    scaled = _math.ldexp(m, mantissa_bits + 1)   # in [2**mb, 2**(mb+1))
    mantissa = _round_half_even(scaled)
    if mantissa == 1 << (mantissa_bits + 1):
        mantissa >>= 1
        exponent += 1
    if exponent >= max_exponent:
        if code == "e":
            raise OverflowError("float too large to pack with e format")
        raise OverflowError("float too large to pack with f format")
    return top | (exponent << mantissa_bits) | (mantissa - (1 << mantissa_bits))


def _round_half_even(value):
    whole = _math.floor(value)
    rest = value - whole
    whole = int(whole)
    if rest > 0.5 or (rest == 0.5 and whole & 1):
        whole += 1
    return whole


def _unpack_float(data, size, little):
    bits = int.from_bytes(data, "little" if little else "big")
    if size == 8:
        exponent_bits, mantissa_bits = 11, 52
    elif size == 4:
        exponent_bits, mantissa_bits = 8, 23
    else:
        exponent_bits, mantissa_bits = 5, 10
    bias = (1 << (exponent_bits - 1)) - 1
    sign = -1.0 if bits >> (exponent_bits + mantissa_bits) else 1.0
    exponent = (bits >> mantissa_bits) & ((1 << exponent_bits) - 1)
    mantissa = bits & ((1 << mantissa_bits) - 1)
    if exponent == (1 << exponent_bits) - 1:
        return sign * _math.inf if mantissa == 0 else _math.nan
    if exponent == 0:
        return sign * _math.ldexp(mantissa, 1 - bias - mantissa_bits)
    return sign * _math.ldexp(mantissa | (1 << mantissa_bits), exponent - bias - mantissa_bits)


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(value)


class Struct:
    """Struct(fmt) --> compiled struct object"""
    __module__ = "_struct"

    def __init__(self, format):
        self._little, self._native, self._items, self.size = _parse(format)
        self.format = format.decode("latin-1") if isinstance(format, bytes) else format

    def __repr__(self):
        return "Struct(%r)" % (self.format,)

    def _count(self):
        return len(self._items)

    def pack(self, *values):
        """S.pack(v1, v2, ...) -> bytes"""
        buffer = bytearray(self.size)
        self._pack_into(buffer, 0, values, "pack")
        return bytes(buffer)

    def pack_into(self, buffer, offset, *values):
        """S.pack_into(buffer, offset, v1, v2, ...)"""
        offset = _as_index(offset)
        if offset < 0:
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        self._pack_into(buffer, offset, values, "pack_into")

    def _pack_into(self, buffer, base, values, name):
        if len(values) != len(self._items):
            raise error("%s expected %d items for packing (got %d)"
                        % (name, len(self._items), len(values)))
        order = "little" if self._little else "big"
        native = self._native
        for (code, count, offset), value in zip(self._items, values):
            at = base + offset
            if code == "s" or code == "p":
                if not isinstance(value, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == "s":
                    data = bytes(value[:count])
                    buffer[at:at + len(data)] = data
                else:
                    data = bytes(value[:max(0, count - 1)])
                    if count:
                        buffer[at] = min(len(data), 255)
                        buffer[at + 1:at + 1 + len(data)] = data
                continue
            size = _CODES[code][0] if native else _CODES[code][2]
            if code == "c":
                if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
                    raise error("char format requires a bytes object of length 1")
                buffer[at] = value[0]
            elif code == "?":
                buffer[at] = 1 if value else 0
            elif code in "efd":
                if not isinstance(value, float):
                    try:
                        value = float(value) if hasattr(type(value), "__float__") or \
                            hasattr(type(value), "__index__") else None
                    except (TypeError, ValueError):
                        value = None
                    if value is None:
                        raise error("required argument is not a float")
                buffer[at:at + size] = _pack_float(value, size, self._little)
            else:
                if not isinstance(value, int):
                    if not hasattr(type(value), "__index__"):
                        raise error("required argument is not an integer")
                    value = _as_index(value)
                low, high = _int_range(code, size)
                if not low <= value <= high:
                    raise error(self._range_message(code, value, low, high))
                buffer[at:at + size] = value.to_bytes(size, order, signed=code in _SIGNED)

    def _range_message(self, code, value, low, high):
        # CPython first converts to a C long (unsigned long for the wide unsigned codes),
        # then checks the code's own range, with per-table wording.
        big = not self._little and not self._native
        if big and code in "qQ":
            if not -(1 << 63) <= value < (1 << 64):
                return "int too large to convert"
        elif code in "ILQN" or (big and code == "H"):
            if not 0 <= value < (1 << 64):
                return "argument out of range"
        elif not -(1 << 63) <= value < (1 << 63):
            return "argument out of range"
        if code == "b":
            return "byte format requires -128 <= number <= 127"
        if code == "B":
            return "ubyte format requires 0 <= number <= 255"
        if code == "h" and not big:
            return "short format requires -32768 <= number <= 32767"
        if code == "H" and not big:
            return "ushort format requires 0 <= number <= 65535"
        return "'%s' format requires %d <= number <= %d" % (code, low, high)

    def unpack(self, buffer):
        """S.unpack(buffer) -> (v1, v2, ...)"""
        data = bytes(memoryview(buffer))
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        """S.unpack_from(buffer, offset=0) -> (v1, v2, ...)"""
        data = bytes(memoryview(buffer))
        offset = _as_index(offset)
        if offset < 0:
            if offset + len(data) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack(data, offset)

    def _unpack(self, data, base):
        order = "little" if self._little else "big"
        native = self._native
        result = []
        for code, count, offset in self._items:
            at = base + offset
            if code == "s":
                result.append(data[at:at + count])
                continue
            if code == "p":
                length = min(data[at], count - 1) if count else 0
                result.append(data[at + 1:at + 1 + length])
                continue
            size = _CODES[code][0] if native else _CODES[code][2]
            chunk = data[at:at + size]
            if code == "c":
                result.append(chunk)
            elif code == "?":
                result.append(chunk != b"\0" * size)
            elif code in "efd":
                result.append(_unpack_float(chunk, size, self._little))
            else:
                result.append(int.from_bytes(chunk, order, signed=code in _SIGNED))
        return tuple(result)

    def iter_unpack(self, buffer):
        """S.iter_unpack(buffer) -> iterator(v1, v2, ...)"""
        data = bytes(memoryview(buffer))
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return (self._unpack(data, i) for i in range(0, len(data), self.size))


_cache = {}


def _struct(fmt):
    try:
        return _cache[fmt]
    except (KeyError, TypeError):
        pass
    s = Struct(fmt)
    if len(_cache) >= 100:
        _cache.clear()
    try:
        _cache[fmt] = s
    except TypeError:
        pass
    return s


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, *values):
    """pack(format, v1, v2, ...) -> bytes"""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    """pack_into(format, buffer, offset, v1, v2, ...)"""
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    """unpack(format, buffer) -> (v1, v2, ...)"""
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """unpack_from(format, buffer, offset=0) -> (v1, v2, ...)"""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """iter_unpack(format, buffer) -> iterator(v1, v2, ...)"""
    return _struct(format).iter_unpack(buffer)
