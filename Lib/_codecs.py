"""pyvm's _codecs: the codec registry, the error handlers and the codec functions the
`encodings` package is built on. UTF-8/16/32, ASCII and Latin-1 themselves are pyvm's
native str.encode/bytes.decode; this module adds CPython's incremental (`final`)
protocol, the registry, and the table-driven and escape codecs."""

_search_functions = []
_cache = {}
_error_handlers = {}


# --- the registry ----------------------------------------------------------------

def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        return
    _cache.clear()


def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)


def _normalize(encoding):
    # As CPython's normalizestring: lower case, spaces become underscores.
    return encoding.replace(" ", "_").lower()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo
    object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    if not _search_functions:
        import encodings  # registers its search function
    normalized = _normalize(encoding)
    try:
        return _cache[normalized]
    except KeyError:
        pass
    for search in _search_functions:
        result = search(normalized)
        if result is not None:
            if not isinstance(result, tuple) or len(result) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[normalized] = result
            return result
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj using the codec registered for encoding."""
    result = lookup(encoding)[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj using the codec registered for encoding."""
    result = lookup(encoding)[1](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


# --- error handlers --------------------------------------------------------------

def register_error(errors, handler):
    """Register the specified error handler under the name errors."""
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name):
    """Return the error handler for the specified error handling name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _wrong_type(exc):
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ("", exc.end)
    _wrong_type(exc)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ("\ufffd" * (exc.end - exc.start), exc.end)
    _wrong_type(exc)


def _backslash(code):
    if code < 0x100:
        return "\\x%02x" % code
    if code < 0x10000:
        return "\\u%04x" % code
    return "\\U%08x" % code


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return ("".join(_backslash(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
    _wrong_type(exc)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    _wrong_type(exc)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        try:
            import unicodedata
        except ImportError:
            return backslashreplace_errors(exc)
        pieces = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None)
            pieces.append("\\N{%s}" % name if name else _backslash(ord(c)))
        return ("".join(pieces), exc.end)
    _wrong_type(exc)


def surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        if all(b >= 128 for b in data[:4]):
            consumed = 0
            pieces = []
            for b in data[:4]:
                pieces.append(chr(0xDC00 + b))
                consumed += 1
            return ("".join(pieces), exc.start + consumed)
    elif isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            code = ord(c)
            if not 0xDC80 <= code <= 0xDCFF:
                raise exc
            out.append(code - 0xDC00)
        return (bytes(out), exc.end)
    else:
        _wrong_type(exc)
    raise exc


def surrogatepass_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            code = ord(c)
            if not 0xD800 <= code <= 0xDFFF:
                raise exc
            out += bytes((0xE0 | (code >> 12), 0x80 | ((code >> 6) & 0x3F), 0x80 | (code & 0x3F)))
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object
        start = exc.start
        if len(data) - start >= 3 and data[start] & 0xF0 == 0xE0 and \
                data[start + 1] & 0xC0 == 0x80 and data[start + 2] & 0xC0 == 0x80:
            code = ((data[start] & 0x0F) << 12) | ((data[start + 1] & 0x3F) << 6) | \
                (data[start + 2] & 0x3F)
            if 0xD800 <= code <= 0xDFFF:
                return (chr(code), start + 3)
        raise exc
    _wrong_type(exc)


for _name, _handler in (("strict", strict_errors), ("ignore", ignore_errors),
                        ("replace", replace_errors),
                        ("backslashreplace", backslashreplace_errors),
                        ("xmlcharrefreplace", xmlcharrefreplace_errors),
                        ("namereplace", namereplace_errors),
                        ("surrogateescape", surrogateescape_errors),
                        ("surrogatepass", surrogatepass_errors)):
    _error_handlers[_name] = _handler
del _name, _handler


# --- the native encodings, with the incremental protocol -------------------------

def _bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(memoryview(data))


def _utf8_complete(data):
    """How many leading bytes of data hold no incomplete trailing UTF-8 sequence."""
    n = len(data)
    i = n - 1
    back = 0
    while i >= 0 and back < 3 and data[i] & 0xC0 == 0x80:
        i -= 1
        back += 1
    if i < 0:
        return n
    lead = data[i]
    if 0xC2 <= lead <= 0xDF:
        need = 2
    elif 0xE0 <= lead <= 0xEF:
        need = 3
    elif 0xF0 <= lead <= 0xF4:
        need = 4
    else:
        return n
    return i if n - i < need else n


def utf_8_encode(s, errors=None):
    return (s.encode("utf-8", errors or "strict"), len(s))


def utf_8_decode(data, errors=None, final=False):
    data = _bytes(data)
    end = len(data) if final else _utf8_complete(data)
    return (data[:end].decode("utf-8", errors or "strict"), end)


def ascii_encode(s, errors=None):
    return (s.encode("ascii", errors or "strict"), len(s))


def ascii_decode(data, errors=None):
    data = _bytes(data)
    return (data.decode("ascii", errors or "strict"), len(data))


def latin_1_encode(s, errors=None):
    return (s.encode("latin-1", errors or "strict"), len(s))


def latin_1_decode(data, errors=None):
    data = _bytes(data)
    return (data.decode("latin-1", errors or "strict"), len(data))


def utf_16_encode(s, errors=None, byteorder=0):
    if byteorder == 0:
        return (s.encode("utf-16", errors or "strict"), len(s))
    return (s.encode("utf-16-le" if byteorder < 0 else "utf-16-be", errors or "strict"), len(s))


def utf_16_le_encode(s, errors=None):
    return (s.encode("utf-16-le", errors or "strict"), len(s))


def utf_16_be_encode(s, errors=None):
    return (s.encode("utf-16-be", errors or "strict"), len(s))


def _utf16_end(data, big, final):
    if final:
        return len(data)
    end = len(data) & ~1
    if end >= 2:
        unit = (data[end - 2] << 8 | data[end - 1]) if big else (data[end - 1] << 8 | data[end - 2])
        if 0xD800 <= unit <= 0xDBFF:
            end -= 2
    return end


def utf_16_le_decode(data, errors=None, final=False):
    data = _bytes(data)
    end = _utf16_end(data, False, final)
    return (data[:end].decode("utf-16-le", errors or "strict"), end)


def utf_16_be_decode(data, errors=None, final=False):
    data = _bytes(data)
    end = _utf16_end(data, True, final)
    return (data[:end].decode("utf-16-be", errors or "strict"), end)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    data = _bytes(data)
    consumed = 0
    if byteorder == 0 and len(data) >= 2:
        if data[:2] == b"\xff\xfe":
            byteorder, consumed = -1, 2
        elif data[:2] == b"\xfe\xff":
            byteorder, consumed = 1, 2
    big = byteorder > 0
    rest = data[consumed:]
    end = _utf16_end(rest, big, final)
    text = rest[:end].decode("utf-16-be" if big else "utf-16-le", errors or "strict")
    return (text, consumed + end, byteorder)


def utf_16_decode(data, errors=None, final=False):
    text, consumed, _ = utf_16_ex_decode(data, errors, 0, final)
    return (text, consumed)


def utf_32_encode(s, errors=None, byteorder=0):
    if byteorder == 0:
        return (s.encode("utf-32", errors or "strict"), len(s))
    return (s.encode("utf-32-le" if byteorder < 0 else "utf-32-be", errors or "strict"), len(s))


def utf_32_le_encode(s, errors=None):
    return (s.encode("utf-32-le", errors or "strict"), len(s))


def utf_32_be_encode(s, errors=None):
    return (s.encode("utf-32-be", errors or "strict"), len(s))


def utf_32_le_decode(data, errors=None, final=False):
    data = _bytes(data)
    end = len(data) if final else len(data) & ~3
    return (data[:end].decode("utf-32-le", errors or "strict"), end)


def utf_32_be_decode(data, errors=None, final=False):
    data = _bytes(data)
    end = len(data) if final else len(data) & ~3
    return (data[:end].decode("utf-32-be", errors or "strict"), end)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    data = _bytes(data)
    consumed = 0
    if byteorder == 0 and len(data) >= 4:
        if data[:4] == b"\xff\xfe\x00\x00":
            byteorder, consumed = -1, 4
        elif data[:4] == b"\x00\x00\xfe\xff":
            byteorder, consumed = 1, 4
    rest = data[consumed:]
    end = len(rest) if final else len(rest) & ~3
    text = rest[:end].decode("utf-32-be" if byteorder > 0 else "utf-32-le", errors or "strict")
    return (text, consumed + end, byteorder)


def utf_32_decode(data, errors=None, final=False):
    text, consumed, _ = utf_32_ex_decode(data, errors, 0, final)
    return (text, consumed)


# --- table-driven codecs (encodings.cp1252 and friends) --------------------------

def charmap_build(decoding_table):
    return {ord(c): i for i, c in enumerate(decoding_table) if c != "\ufffe"}


def _handle(errors, exc):
    replacement, position = lookup_error(errors or "strict")(exc)
    if position < 0:
        position += len(exc.object)
    return replacement, position


def charmap_decode(data, errors=None, mapping=None):
    data = _bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        try:
            if isinstance(mapping, str):
                c = mapping[b] if b < len(mapping) else "\ufffe"
            else:
                c = mapping.get(b, None)
                if isinstance(c, int):
                    c = chr(c)
        except LookupError:
            c = None
        if c is None or c == "\ufffe":
            exc = UnicodeDecodeError("charmap", data, i, i + 1, "character maps to <undefined>")
            replacement, i = _handle(errors, exc)
            out.append(replacement)
            continue
        out.append(c)
        i += 1
    return ("".join(out), n)


def charmap_encode(s, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(s, errors)
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        code = ord(s[i])
        value = mapping.get(code) if hasattr(mapping, "get") else None
        if value is None:
            exc = UnicodeEncodeError("charmap", s, i, i + 1, "character maps to <undefined>")
            replacement, i = _handle(errors, exc)
            if isinstance(replacement, str):
                for c in replacement:
                    v = mapping.get(ord(c))
                    if v is None:
                        raise exc
                    out += v if isinstance(v, bytes) else bytes((v,))
            else:
                out += replacement
            continue
        out += value if isinstance(value, bytes) else bytes((value,))
        i += 1
    return (bytes(out), n)


# --- escape codecs ---------------------------------------------------------------

_SIMPLE_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f",
                   "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\n": ""}


def _unescape(text, errors, raw, codec):
    """Backslash escapes of `text` (a str of code points < 256 unless raw) decoded."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "\\" or i + 1 >= n and raw:
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            exc = UnicodeDecodeError(codec, text.encode("latin-1"), i, n, "\\ at end of string")
            replacement, i = _handle(errors, exc)
            out.append(replacement)
            continue
        e = text[i + 1]
        if raw:
            if e not in "uU":
                out.append(c)
                i += 1
                continue
        elif e in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[e])
            i += 2
            continue
        elif e in "01234567":
            j = i + 1
            value = 0
            while j < n and j < i + 4 and text[j] in "01234567":
                value = value * 8 + int(text[j])
                j += 1
            out.append(chr(value))
            i = j
            continue
        digits = {"x": 2, "u": 4, "U": 8}.get(e)
        if digits is None:
            if e == "N" and not raw:
                end = text.find("}", i)
                if i + 2 < n and text[i + 2] == "{" and end > 0:
                    import unicodedata
                    try:
                        out.append(unicodedata.lookup(text[i + 3:end]))
                        i = end + 1
                        continue
                    except KeyError:
                        pass
                exc = UnicodeDecodeError(codec, text.encode("latin-1", "replace"), i,
                                         (end + 1) if end > 0 else n,
                                         "malformed \\N character escape")
                replacement, i = _handle(errors, exc)
                out.append(replacement)
                continue
            out.append("\\" + e)
            i += 2
            continue
        hexpart = text[i + 2:i + 2 + digits]
        if len(hexpart) == digits and all(h in "0123456789abcdefABCDEF" for h in hexpart):
            value = int(hexpart, 16)
            if value <= 0x10FFFF:
                out.append(chr(value))
                i += 2 + digits
                continue
            reason = "illegal Unicode character"
        else:
            reason = "truncated \\%sXX escape" % e if e == "x" else \
                "truncated \\%s escape" % (e + "X" * digits)
        end = i + 2
        while end < n and end < i + 2 + digits and text[end] in "0123456789abcdefABCDEF":
            end += 1
        exc = UnicodeDecodeError(codec, text.encode("latin-1", "replace"), i, end, reason)
        replacement, i = _handle(errors, exc)
        out.append(replacement)
    return "".join(out)


def unicode_escape_decode(data, errors=None, final=False):
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = _bytes(data)
    return (_unescape(data.decode("latin-1"), errors, False, "unicodeescape"), len(data))


def raw_unicode_escape_decode(data, errors=None, final=False):
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = _bytes(data)
    return (_unescape(data.decode("latin-1"), errors, True, "rawunicodeescape"), len(data))


def unicode_escape_encode(s, errors=None):
    out = []
    for c in s:
        code = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif 32 <= code < 127:
            out.append(c)
        else:
            out.append(_backslash(code))
    return ("".join(out).encode("latin-1"), len(s))


def raw_unicode_escape_encode(s, errors=None):
    out = []
    for c in s:
        code = ord(c)
        out.append(c if code < 256 else _backslash(code))
    return ("".join(out).encode("latin-1"), len(s))


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = _bytes(data)
    text = data.decode("latin-1")
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        e = text[i + 1]
        if e in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[e])
            i += 2
        elif e in "01234567":
            j = i + 1
            value = 0
            while j < n and j < i + 4 and text[j] in "01234567":
                value = value * 8 + int(text[j])
                j += 1
            out.append(chr(value & 0xFF))
            i = j
        elif e == "x":
            hexpart = text[i + 2:i + 4]
            if len(hexpart) == 2 and all(h in "0123456789abcdefABCDEF" for h in hexpart):
                out.append(chr(int(hexpart, 16)))
                i += 4
            elif errors == "ignore":
                i += 2
            elif errors == "replace":
                out.append("?")
                i += 2
            else:
                raise ValueError("invalid \\x escape at position %d" % i)
        else:
            out.append("\\" + e)
            i += 2
    return ("".join(out).encode("latin-1"), len(data))


def escape_encode(data, errors=None):
    if not isinstance(data, bytes):
        raise TypeError("argument 1 must be bytes, not %s" % type(data).__name__)
    return (_escape_bytes(data), len(data))


def _escape_bytes(data):
    out = bytearray()
    for b in data:
        if b == 92:
            out += b"\\\\"
        elif b == 39:
            out += b"\\'"
        elif b == 9:
            out += b"\\t"
        elif b == 10:
            out += b"\\n"
        elif b == 13:
            out += b"\\r"
        elif 32 <= b < 127:
            out.append(b)
        else:
            out += b"\\x%02x" % b
    return bytes(out)


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = _bytes(data)
    return (data, len(data))


# CPython's codec functions are builtins, which do not bind as methods: the encodings
# package stores the *_encode/*_decode ones as class attributes
# (`_buffer_decode = codecs.utf_8_decode`). staticmethod objects are callable and never
# bind, so those become staticmethods; the rest stay functions (picklable by reference).
_function = type(lookup)
for _name, _value in list(globals().items()):
    if type(_value) is _function and not _name.startswith("_") and \
            (_name.endswith("_encode") or _name.endswith("_decode")):
        globals()[_name] = staticmethod(_value)
del _name, _value, _function
