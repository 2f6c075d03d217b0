"""pyvm's _sre: the regular-expression engine behind the standard `re` package.

`re._compiler` turns a pattern into a list of SRE codes and calls `compile` below; this
module runs those codes. The semantics follow CPython 3.11's Modules/_sre exactly (the
same backtracking order, the same handling of marks, repeats and zero-width matches), so
every Match holds the spans CPython reports. The matcher is recursive: one Python call
per backtracking point, made deep-safe by pyvm's explicit frame stack and a recursion
limit raised for the duration of a match."""

import sys as _sys

MAGIC = 20220615
CODESIZE = 4
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

# Opcodes, in the order of re._constants.OPCODES.
FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY = range(9)
CHARSET, BIGCHARSET, GROUPREF, GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL = range(9, 17)
MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NEGATE, RANGE, REPEAT = range(17, 24)
REPEAT_ONE, SUBPATTERN, MIN_REPEAT_ONE, ATOMIC_GROUP = range(24, 28)
POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE = range(28, 30)
GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE, NOT_LITERAL_IGNORE = range(30, 34)
GROUPREF_LOC_IGNORE, IN_LOC_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE = range(34, 38)
GROUPREF_UNI_IGNORE, IN_UNI_IGNORE, LITERAL_UNI_IGNORE = range(38, 41)
NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE = range(41, 43)

# Position codes (re._constants.ATCODES).
(AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY,
 AT_END, AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY,
 AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY) = range(12)

SRE_INFO_PREFIX = 1
SRE_INFO_LITERAL = 2
SRE_INFO_CHARSET = 4

SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_UNICODE = 32
SRE_FLAG_ASCII = 256


def getcodesize():
    return CODESIZE


# --- character predicates (ints are code points) -----------------------------------

def ascii_iscased(ch):
    return ch < 128 and (65 <= ch <= 90 or 97 <= ch <= 122)


def ascii_tolower(ch):
    return ch + 32 if 65 <= ch <= 90 else ch


def _ascii_upper(ch):
    return ch - 32 if 97 <= ch <= 122 else ch


def _uni_lower(ch):
    # The simple (one code point) lowercase mapping, as _PyUnicode_ToLowercase.
    s = chr(ch).lower()
    return ord(s[0]) if s else ch


def _uni_upper(ch):
    # The simple uppercase mapping: where the full mapping expands (e.g. 'ß' -> 'SS'),
    # the simple one is the titlecase letter when that is a single code point, else ch.
    s = chr(ch).upper()
    if len(s) == 1:
        return ord(s)
    t = chr(ch).title()
    return ord(t) if len(t) == 1 else ch


def unicode_iscased(ch):
    return ch != _uni_lower(ch) or ch != _uni_upper(ch)


def unicode_tolower(ch):
    return _uni_lower(ch)


def _is_word(ch):
    return ch < 128 and (48 <= ch <= 57 or 65 <= ch <= 90 or 97 <= ch <= 122 or ch == 95)


def _is_uni_word(ch):
    return ch == 95 or chr(ch).isalnum()


_UNI_LINEBREAKS = frozenset((10, 11, 12, 13, 28, 29, 30, 133, 0x2028, 0x2029))


def _category(code, ch):
    if code == 0:        # DIGIT
        return 48 <= ch <= 57
    if code == 1:
        return not 48 <= ch <= 57
    if code == 2:        # SPACE
        return ch == 32 or 9 <= ch <= 13
    if code == 3:
        return not (ch == 32 or 9 <= ch <= 13)
    if code == 4 or code == 8:      # WORD, LOC_WORD (the C locale is ASCII)
        return _is_word(ch)
    if code == 5 or code == 9:
        return not _is_word(ch)
    if code == 6:        # LINEBREAK
        return ch == 10
    if code == 7:
        return ch != 10
    if code == 10:       # UNI_DIGIT
        return chr(ch).isdecimal()
    if code == 11:
        return not chr(ch).isdecimal()
    if code == 12:       # UNI_SPACE
        return chr(ch).isspace()
    if code == 13:
        return not chr(ch).isspace()
    if code == 14:       # UNI_WORD
        return _is_uni_word(ch)
    if code == 15:
        return not _is_uni_word(ch)
    if code == 16:       # UNI_LINEBREAK
        return ch in _UNI_LINEBREAKS
    if code == 17:
        return ch not in _UNI_LINEBREAKS
    return False


def _charset(code, pc, ch):
    """Whether ch is in the set starting at code[pc] (a list of set items ending in
    FAILURE)."""
    ok = True
    while True:
        op = code[pc]
        if op == FAILURE:
            return not ok
        if op == LITERAL:
            if ch == code[pc + 1]:
                return ok
            pc += 2
        elif op == RANGE:
            if code[pc + 1] <= ch <= code[pc + 2]:
                return ok
            pc += 3
        elif op == CHARSET:
            if ch < 256 and code[pc + 1 + (ch >> 5)] & (1 << (ch & 31)):
                return ok
            pc += 9
        elif op == CATEGORY:
            if _category(code[pc + 1], ch):
                return ok
            pc += 2
        elif op == NEGATE:
            ok = not ok
            pc += 1
        elif op == RANGE_UNI_IGNORE:
            if code[pc + 1] <= ch <= code[pc + 2]:
                return ok
            uch = _uni_upper(ch)
            if code[pc + 1] <= uch <= code[pc + 2]:
                return ok
            pc += 3
        elif op == BIGCHARSET:
            count = code[pc + 1]
            pc += 2
            if ch < 0x10000:
                hi = ch >> 8
                block = (code[pc + (hi >> 2)] >> ((hi & 3) * 8)) & 255
                bit = block * 256 + (ch & 255)
                if code[pc + 64 + (bit >> 5)] & (1 << (ch & 31)):
                    return ok
            pc += 64 + count * 8
        else:
            return False


def _charset_loc_ignore(code, pc, ch):
    lo = ascii_tolower(ch)
    if _charset(code, pc, lo):
        return True
    up = _ascii_upper(ch)
    return up != lo and _charset(code, pc, up)


def _char_loc_ignore(pattern, ch):
    return ch == pattern or ascii_tolower(ch) == pattern or _ascii_upper(ch) == pattern


def _one(code, pc, ch):
    """Whether the one-character item at code[pc] matches ch."""
    op = code[pc]
    if op == LITERAL:
        return ch == code[pc + 1]
    if op == IN:
        return _charset(code, pc + 2, ch)
    if op == ANY:
        return ch != 10
    if op == ANY_ALL:
        return True
    if op == NOT_LITERAL:
        return ch != code[pc + 1]
    if op == LITERAL_IGNORE:
        return ascii_tolower(ch) == code[pc + 1]
    if op == NOT_LITERAL_IGNORE:
        return ascii_tolower(ch) != code[pc + 1]
    if op == LITERAL_UNI_IGNORE:
        return _uni_lower(ch) == code[pc + 1]
    if op == NOT_LITERAL_UNI_IGNORE:
        return _uni_lower(ch) != code[pc + 1]
    if op == LITERAL_LOC_IGNORE:
        return _char_loc_ignore(code[pc + 1], ch)
    if op == NOT_LITERAL_LOC_IGNORE:
        return not _char_loc_ignore(code[pc + 1], ch)
    if op == IN_IGNORE:
        return _charset(code, pc + 2, ascii_tolower(ch))
    if op == IN_UNI_IGNORE:
        return _charset(code, pc + 2, _uni_lower(ch))
    if op == IN_LOC_IGNORE:
        return _charset_loc_ignore(code, pc + 2, ch)
    if op == CATEGORY:
        return _category(code[pc + 1], ch)
    raise RuntimeError("internal error in regular expression engine")


# --- the matcher --------------------------------------------------------------------

class _Repeat:
    __slots__ = ("count", "pc", "prev", "last_ptr")

    def __init__(self, pc, prev):
        self.count = -1
        self.pc = pc
        self.prev = prev
        self.last_ptr = -1


class _State:
    """One search over one string: the code points, the window and the marks."""
    __slots__ = ("string", "text", "isbytes", "pos", "endpos", "start", "end", "ptr",
                 "marks", "lastmark", "lastindex", "repeat", "match_all", "must_advance",
                 "sliceable")

    def __init__(self, pattern, string, pos, endpos):
        if isinstance(string, str):
            if pattern._isbytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            self.isbytes = False
            self.text = [ord(c) for c in string]
            self.sliceable = string if type(string) is str else str.__getitem__(string, slice(0, None))
        elif isinstance(string, (bytes, bytearray, memoryview)) or _is_buffer(string):
            if not pattern._isbytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            self.isbytes = True
            data = string if type(string) is bytes else bytes(memoryview(string))
            self.text = list(data)
            self.sliceable = data
        else:
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        self.string = string
        length = len(self.text)
        pos = _index(pos)
        endpos = _index(endpos)
        if pos < 0:
            pos = 0
        elif pos > length:
            pos = length
        if endpos < 0:
            endpos = 0
        elif endpos > length:
            endpos = length
        self.pos = pos
        self.endpos = endpos
        self.start = pos
        self.end = endpos
        self.ptr = pos
        self.marks = [-1] * (2 * pattern.groups + 2)
        self.match_all = False
        self.must_advance = False
        self.reset()

    def reset(self):
        self.lastmark = -1
        self.lastindex = -1
        self.repeat = None


def _is_buffer(obj):
    try:
        memoryview(obj)
    except TypeError:
        return False
    return True


def _index(value):
    if isinstance(value, int):
        return value
    return value.__index__()


def _count(st, code, pc, ptr, maxcount):
    """How many times the one-character item at code[pc] matches from ptr, at most
    maxcount."""
    text = st.text
    end = st.end
    if maxcount < end - ptr and maxcount != MAXREPEAT:
        end = ptr + maxcount
    start = ptr
    op = code[pc]
    if op == LITERAL:
        c = code[pc + 1]
        while ptr < end and text[ptr] == c:
            ptr += 1
    elif op == IN:
        while ptr < end and _charset(code, pc + 2, text[ptr]):
            ptr += 1
    elif op == ANY:
        while ptr < end and text[ptr] != 10:
            ptr += 1
    elif op == ANY_ALL:
        ptr = end
    elif op == NOT_LITERAL:
        c = code[pc + 1]
        while ptr < end and text[ptr] != c:
            ptr += 1
    else:
        while ptr < end and _one(code, pc, text[ptr]):
            ptr += 1
    return ptr - start


def _at(st, ptr, at):
    text = st.text
    end = st.end
    if at == AT_BEGINNING or at == AT_BEGINNING_STRING:
        return ptr == 0
    if at == AT_BEGINNING_LINE:
        return ptr == 0 or text[ptr - 1] == 10
    if at == AT_END:
        return (end - ptr == 1 and text[ptr] == 10) or ptr == end
    if at == AT_END_LINE:
        return ptr == end or text[ptr] == 10
    if at == AT_END_STRING:
        return ptr == end
    if end == 0:
        return False
    if at == AT_BOUNDARY or at == AT_NON_BOUNDARY or at == AT_LOC_BOUNDARY or at == AT_LOC_NON_BOUNDARY:
        word = _is_word
    else:
        word = _is_uni_word
    that = ptr > 0 and word(text[ptr - 1])
    this = ptr < end and word(text[ptr])
    if at == AT_BOUNDARY or at == AT_LOC_BOUNDARY or at == AT_UNI_BOUNDARY:
        return this != that
    return this == that


def _groupref(st, code, pc, ptr, fold):
    """The end of a backreference to group code[pc+1] matched at ptr, or -1."""
    g = code[pc + 1] * 2
    if g >= st.lastmark:
        return -1
    p = st.marks[g]
    e = st.marks[g + 1]
    if p < 0 or e < 0 or e < p:
        return -1
    text = st.text
    end = st.end
    while p < e:
        if ptr >= end:
            return -1
        if fold is None:
            if text[ptr] != text[p]:
                return -1
        elif fold(text[ptr]) != fold(text[p]):
            return -1
        p += 1
        ptr += 1
    return ptr


def _run(st, code, pc, ptr, toplevel):
    """Whether the code from pc matches at ptr through to its SUCCESS; on success
    st.ptr is where the match ended."""
    text = st.text
    end = st.end
    if code[pc] == INFO:
        if code[pc + 3] and end - ptr < code[pc + 3]:
            return False
        pc += code[pc + 1] + 1
    while True:
        op = code[pc]
        if op == LITERAL:
            if ptr >= end or text[ptr] != code[pc + 1]:
                return False
            pc += 2
            ptr += 1
        elif op == MARK:
            i = code[pc + 1]
            if i & 1:
                st.lastindex = i // 2 + 1
            marks = st.marks
            if i > st.lastmark:
                j = st.lastmark + 1
                while j < i:
                    marks[j] = -1
                    j += 1
                st.lastmark = i
            marks[i] = ptr
            pc += 2
        elif op == IN:
            if ptr >= end or not _charset(code, pc + 2, text[ptr]):
                return False
            pc += code[pc + 1] + 1
            ptr += 1
        elif op == SUCCESS:
            if toplevel and ((st.match_all and ptr != end) or
                             (st.must_advance and ptr == st.start)):
                return False
            st.ptr = ptr
            return True
        elif op == REPEAT_ONE:
            return _repeat_one(st, code, pc, ptr, toplevel)
        elif op == BRANCH:
            return _branch(st, code, pc, ptr, toplevel)
        elif op == ANY:
            if ptr >= end or text[ptr] == 10:
                return False
            pc += 1
            ptr += 1
        elif op == ANY_ALL:
            if ptr >= end:
                return False
            pc += 1
            ptr += 1
        elif op == AT:
            if not _at(st, ptr, code[pc + 1]):
                return False
            pc += 2
        elif op == CATEGORY:
            if ptr >= end or not _category(code[pc + 1], text[ptr]):
                return False
            pc += 2
            ptr += 1
        elif op == NOT_LITERAL or op == LITERAL_IGNORE or op == NOT_LITERAL_IGNORE or \
                op == LITERAL_UNI_IGNORE or op == NOT_LITERAL_UNI_IGNORE or \
                op == LITERAL_LOC_IGNORE or op == NOT_LITERAL_LOC_IGNORE:
            if ptr >= end or not _one(code, pc, text[ptr]):
                return False
            pc += 2
            ptr += 1
        elif op == IN_IGNORE or op == IN_UNI_IGNORE or op == IN_LOC_IGNORE:
            if ptr >= end or not _one(code, pc, text[ptr]):
                return False
            pc += code[pc + 1] + 1
            ptr += 1
        elif op == JUMP or op == INFO:
            pc += code[pc + 1] + 1
        elif op == MIN_REPEAT_ONE:
            return _min_repeat_one(st, code, pc, ptr, toplevel)
        elif op == POSSESSIVE_REPEAT_ONE:
            mn = code[pc + 2]
            if ptr + mn > end:
                return False
            st.ptr = ptr
            count = _count(st, code, pc + 4, ptr, code[pc + 3])
            ptr += count
            if count < mn:
                return False
            pc += code[pc + 1] + 1
            if code[pc] == SUCCESS and ptr == end and \
                    not (toplevel and st.must_advance and ptr == st.start):
                st.ptr = ptr
                return True
        elif op == REPEAT:
            rep = _Repeat(pc, st.repeat)
            st.repeat = rep
            st.ptr = ptr
            matched = _run(st, code, pc + code[pc + 1] + 1, ptr, toplevel)
            st.repeat = rep.prev
            return matched
        elif op == MAX_UNTIL:
            return _max_until(st, code, pc, ptr, toplevel)
        elif op == MIN_UNTIL:
            return _min_until(st, code, pc, ptr, toplevel)
        elif op == POSSESSIVE_REPEAT:
            ptr = _possessive_repeat(st, code, pc, ptr)
            if ptr < 0:
                return False
            pc += code[pc + 1] + 2
        elif op == ATOMIC_GROUP:
            st.ptr = ptr
            if not _run(st, code, pc + 2, ptr, False):
                st.ptr = ptr
                return False
            pc += code[pc + 1] + 1
            ptr = st.ptr
        elif op == GROUPREF or op == GROUPREF_IGNORE or op == GROUPREF_UNI_IGNORE or \
                op == GROUPREF_LOC_IGNORE:
            fold = None if op == GROUPREF else _uni_lower if op == GROUPREF_UNI_IGNORE \
                else ascii_tolower
            ptr = _groupref(st, code, pc, ptr, fold)
            if ptr < 0:
                return False
            pc += 2
        elif op == GROUPREF_EXISTS:
            g = code[pc + 1] * 2
            if g >= st.lastmark or st.marks[g] < 0 or st.marks[g + 1] < 0 or \
                    st.marks[g + 1] < st.marks[g]:
                pc += code[pc + 2] + 1
            else:
                pc += 3
        elif op == ASSERT:
            back = code[pc + 2]
            if ptr < back:
                return False
            st.ptr = ptr - back
            if not _run(st, code, pc + 3, ptr - back, False):
                return False
            pc += code[pc + 1] + 1
        elif op == ASSERT_NOT:
            back = code[pc + 2]
            if ptr >= back:
                st.ptr = ptr - back
                lastmark = st.lastmark
                lastindex = st.lastindex
                saved = st.marks[:] if st.repeat is not None else None
                if _run(st, code, pc + 3, ptr - back, False):
                    return False
                if saved is not None:
                    st.marks[:] = saved
                st.lastmark = lastmark
                st.lastindex = lastindex
            pc += code[pc + 1] + 1
        elif op == FAILURE:
            return False
        else:
            raise RuntimeError("internal error in regular expression engine")


def _branch(st, code, pc, ptr, toplevel):
    # <BRANCH> <skip> alternative <JUMP> ... <skip> alternative <JUMP> <0>
    text = st.text
    end = st.end
    lastmark = st.lastmark
    lastindex = st.lastindex
    saved = st.marks[:] if st.repeat is not None else None
    p = pc + 1
    while code[p]:
        first = code[p + 1]
        if first == LITERAL and (ptr >= end or text[ptr] != code[p + 2]):
            p += code[p]
            continue
        if first == IN and (ptr >= end or not _charset(code, p + 3, text[ptr])):
            p += code[p]
            continue
        st.ptr = ptr
        if _run(st, code, p + 1, ptr, toplevel):
            return True
        if saved is not None:
            st.marks[:] = saved
        st.lastmark = lastmark
        st.lastindex = lastindex
        p += code[p]
    return False


def _repeat_one(st, code, pc, ptr, toplevel):
    # <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy, one char per item
    end = st.end
    mn = code[pc + 2]
    if mn > end - ptr:
        return False
    st.ptr = ptr
    count = _count(st, code, pc + 4, ptr, code[pc + 3])
    ptr += count
    if count < mn:
        return False
    tail = pc + code[pc + 1] + 1
    if code[tail] == SUCCESS and ptr == end and \
            not (toplevel and st.must_advance and ptr == st.start):
        st.ptr = ptr
        return True
    lastmark = st.lastmark
    lastindex = st.lastindex
    saved = st.marks[:] if st.repeat is not None else None
    text = st.text
    if code[tail] == LITERAL:
        # The tail starts with a literal: only try positions where it can match.
        c = code[tail + 1]
        while True:
            while count >= mn and (ptr >= end or text[ptr] != c):
                ptr -= 1
                count -= 1
            if count < mn:
                break
            st.ptr = ptr
            if _run(st, code, tail, ptr, toplevel):
                return True
            if saved is not None:
                st.marks[:] = saved
            st.lastmark = lastmark
            st.lastindex = lastindex
            ptr -= 1
            count -= 1
    else:
        while count >= mn:
            st.ptr = ptr
            if _run(st, code, tail, ptr, toplevel):
                return True
            if saved is not None:
                st.marks[:] = saved
            st.lastmark = lastmark
            st.lastindex = lastindex
            ptr -= 1
            count -= 1
    return False


def _min_repeat_one(st, code, pc, ptr, toplevel):
    # <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy, one char per item
    end = st.end
    mn = code[pc + 2]
    mx = code[pc + 3]
    if mn > end - ptr:
        return False
    st.ptr = ptr
    if mn == 0:
        count = 0
    else:
        count = _count(st, code, pc + 4, ptr, mn)
        if count < mn:
            return False
        ptr += count
    tail = pc + code[pc + 1] + 1
    if code[tail] == SUCCESS and not (toplevel and (
            (st.match_all and ptr != end) or (st.must_advance and ptr == st.start))):
        st.ptr = ptr
        return True
    lastmark = st.lastmark
    lastindex = st.lastindex
    saved = st.marks[:] if st.repeat is not None else None
    while mx == MAXREPEAT or count <= mx:
        st.ptr = ptr
        if _run(st, code, tail, ptr, toplevel):
            return True
        if saved is not None:
            st.marks[:] = saved
        st.lastmark = lastmark
        st.lastindex = lastindex
        st.ptr = ptr
        if _count(st, code, pc + 4, ptr, 1) == 0:
            break
        ptr += 1
        count += 1
    return False


def _max_until(st, code, pc, ptr, toplevel):
    # <REPEAT> <skip> <min> <max> item <MAX_UNTIL> tail: greedy, general item
    rep = st.repeat
    if rep is None:
        raise RuntimeError("internal error in regular expression engine")
    st.ptr = ptr
    count = rep.count + 1
    mn = code[rep.pc + 2]
    mx = code[rep.pc + 3]
    item = rep.pc + 4
    if count < mn:
        rep.count = count
        if _run(st, code, item, ptr, toplevel):
            return True
        rep.count = count - 1
        st.ptr = ptr
        return False
    if (count < mx or mx == MAXREPEAT) and st.ptr != rep.last_ptr:
        # Enough matches, but take one more item if we can.
        rep.count = count
        lastmark = st.lastmark
        lastindex = st.lastindex
        saved = st.marks[:]
        last_ptr = rep.last_ptr
        rep.last_ptr = st.ptr      # zero-width match protection
        matched = _run(st, code, item, ptr, toplevel)
        rep.last_ptr = last_ptr
        if matched:
            return True
        st.marks[:] = saved
        st.lastmark = lastmark
        st.lastindex = lastindex
        rep.count = count - 1
        st.ptr = ptr
    # No more items here: the tail must match.
    st.repeat = rep.prev
    matched = _run(st, code, pc + 1, ptr, toplevel)
    st.repeat = rep
    if matched:
        return True
    st.ptr = ptr
    return False


def _min_until(st, code, pc, ptr, toplevel):
    # <REPEAT> <skip> <min> <max> item <MIN_UNTIL> tail: lazy, general item
    rep = st.repeat
    if rep is None:
        raise RuntimeError("internal error in regular expression engine")
    st.ptr = ptr
    count = rep.count + 1
    mn = code[rep.pc + 2]
    mx = code[rep.pc + 3]
    item = rep.pc + 4
    if count < mn:
        rep.count = count
        if _run(st, code, item, ptr, toplevel):
            return True
        rep.count = count - 1
        st.ptr = ptr
        return False
    # Try the tail first.
    st.repeat = rep.prev
    lastmark = st.lastmark
    lastindex = st.lastindex
    saved = st.marks[:] if st.repeat is not None else None
    matched = _run(st, code, pc + 1, ptr, toplevel)
    repeat_of_tail = st.repeat
    st.repeat = rep
    if matched:
        return True
    if repeat_of_tail is not None and saved is not None:
        st.marks[:] = saved
    st.lastmark = lastmark
    st.lastindex = lastindex
    st.ptr = ptr
    if (count >= mx and mx != MAXREPEAT) or st.ptr == rep.last_ptr:
        return False
    rep.count = count
    last_ptr = rep.last_ptr
    rep.last_ptr = st.ptr
    matched = _run(st, code, item, ptr, toplevel)
    rep.last_ptr = last_ptr
    if matched:
        return True
    rep.count = count - 1
    st.ptr = ptr
    return False


def _possessive_repeat(st, code, pc, ptr):
    """<POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail: the end of the
    repetition (never given back), or -1."""
    mn = code[pc + 2]
    mx = code[pc + 3]
    st.ptr = ptr
    count = 0
    while count < mn:
        if _run(st, code, pc + 4, st.ptr, False):
            count += 1
        else:
            st.ptr = ptr
            return -1
    last = -1
    while (count < mx or mx == MAXREPEAT) and st.ptr != last:
        lastmark = st.lastmark
        lastindex = st.lastindex
        saved = st.marks[:]
        last = st.ptr
        if _run(st, code, pc + 4, st.ptr, False):
            count += 1
        else:
            st.marks[:] = saved
            st.lastmark = lastmark
            st.lastindex = lastindex
            st.ptr = last
            break
    return st.ptr


def _deep(st, fn, *args):
    # Each backtracking point is a Python call: allow as many as the string can need.
    limit = _sys.getrecursionlimit()
    wanted = 4 * len(st.text) + 20000
    if limit >= wanted:
        return fn(*args)
    _sys.setrecursionlimit(wanted)
    try:
        return fn(*args)
    finally:
        _sys.setrecursionlimit(limit)


def _match(st, code):
    st.ptr = st.start
    return _deep(st, _run, st, code, 0, st.start, True)


def _search(st, code):
    return _deep(st, _search_body, st, code)


def _search_body(st, code):
    ptr = st.start
    end = st.end
    if ptr > end:
        return False
    pc = 0
    flags = 0
    prefix = None
    charset = -1
    if code[0] == INFO:
        flags = code[2]
        mn = code[3]
        if mn and end - ptr < mn:
            return False
        if flags & SRE_INFO_PREFIX:
            length = code[5]
            prefix = code[7:7 + length]
        elif flags & SRE_INFO_CHARSET:
            charset = 5
        pc = code[1] + 1
        if mn > 1:
            last = end - (mn - 1)
            if last <= ptr:
                last = ptr
        else:
            last = end
    else:
        last = end
    text = st.text
    if prefix is not None:
        # The pattern starts with a literal: find it with the string's own search.
        needle = bytes(prefix) if st.isbytes else "".join(map(chr, prefix))
        haystack = st.sliceable
        st.must_advance = False
        while True:
            ptr = haystack.find(needle, ptr, end)
            if ptr < 0:
                return False
            st.start = ptr
            if flags & SRE_INFO_LITERAL:
                st.ptr = ptr + len(prefix)
                return True
            st.ptr = ptr
            if _run(st, code, pc, ptr, False):
                return True
            ptr += 1
            st.reset()
    if charset >= 0:
        st.must_advance = False
        while True:
            while ptr < end and not _charset(code, charset, text[ptr]):
                ptr += 1
            if ptr >= end:
                return False
            st.start = st.ptr = ptr
            if _run(st, code, pc, ptr, False):
                return True
            ptr += 1
            st.reset()
    st.start = st.ptr = ptr
    matched = _run(st, code, pc, ptr, True)
    st.must_advance = False
    if not matched and code[pc] == AT and (code[pc + 1] == AT_BEGINNING or
                                           code[pc + 1] == AT_BEGINNING_STRING):
        st.start = st.ptr = end
        return False
    while not matched and ptr < last:
        ptr += 1
        st.reset()
        st.start = st.ptr = ptr
        matched = _run(st, code, pc, ptr, False)
    return matched


# --- Pattern, Match, Scanner ------------------------------------------------------

_MAXSIZE = _sys.maxsize
_mappingproxy = type(type.__dict__)

_FLAG_NAMES = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8),
    ("re.DOTALL", 16), ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128),
    ("re.ASCII", 256),
)


def _truncated_repr(obj, limit):
    return repr(obj)[:limit]


class Pattern:
    """Compiled regular expression object."""
    __module__ = "re"
    __slots__ = ("pattern", "flags", "_code", "groups", "_groupindex", "_indexgroup",
                 "_isbytes", "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Pattern' is not an acceptable base type")

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        return _mappingproxy(dict(self._groupindex))

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        st = _State(self, string, pos, endpos)
        if not _match(st, self._code):
            return None
        return Match(self, st)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        st = _State(self, string, pos, endpos)
        st.match_all = True
        if not _match(st, self._code):
            return None
        return Match(self, st)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match
        object instance.

        Return None if no position in the string matches."""
        st = _State(self, string, pos, endpos)
        if not _search(st, self._code):
            return None
        return Match(self, st)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        st = _State(self, string, pos, endpos)
        code = self._code
        result = []
        while st.start <= st.end:
            st.reset()
            st.ptr = st.start
            if not _search(st, code):
                break
            if self.groups == 0:
                item = st.sliceable[st.start:st.ptr]
            elif self.groups == 1:
                item = _group_text(st, 1, _empty(st))
            else:
                item = tuple(_group_text(st, g, _empty(st))
                             for g in range(1, self.groups + 1))
            result.append(item)
            st.must_advance = st.ptr == st.start
            st.start = st.ptr
        return result

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in
        string.

        For each match, the iterator returns a match object."""
        return iter(self.scanner(string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return SRE_Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        st = _State(self, string, 0, _MAXSIZE)
        code = self._code
        result = []
        n = 0
        last = st.start
        while not maxsplit or n < maxsplit:
            st.reset()
            st.ptr = st.start
            if not _search(st, code):
                break
            result.append(st.sliceable[last:st.start])
            for g in range(1, self.groups + 1):
                result.append(_group_text(st, g, None))
            n += 1
            st.must_advance = st.ptr == st.start
            last = st.start = st.ptr
        result.append(st.sliceable[last:st.endpos])
        return result

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count, False)

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the
        leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count, True)

    def _subx(self, repl, string, count, with_count):
        if callable(repl):
            filter = repl
            is_callable = True
        else:
            if isinstance(repl, str):
                literal = "\\" not in repl
            else:
                literal = b"\\" not in bytes(memoryview(repl))
            if literal:
                filter = repl
                is_callable = False
            else:
                import re
                filter = re._subx(self, repl)
                is_callable = callable(filter)
        st = _State(self, string, 0, _MAXSIZE)
        code = self._code
        pieces = []
        n = 0
        i = 0
        while not count or n < count:
            st.reset()
            st.ptr = st.start
            if not _search(st, code):
                break
            b = st.start
            e = st.ptr
            if i < b:
                pieces.append(st.sliceable[i:b])
            if is_callable:
                item = filter(Match(self, st))
                if item is not None:
                    pieces.append(item)
            else:
                pieces.append(filter)
            i = e
            n += 1
            st.must_advance = st.ptr == st.start
            st.start = st.ptr
        if i < st.endpos:
            pieces.append(st.sliceable[i:st.endpos])
        joined = (b"" if st.isbytes else "").join(pieces)
        if with_count:
            return joined, n
        return joined

    def __repr__(self):
        flags = self.flags
        if not self._isbytes and \
                flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII) == SRE_FLAG_UNICODE:
            flags &= ~SRE_FLAG_UNICODE
        names = []
        for name, value in _FLAG_NAMES:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append("0x%x" % flags)
        text = _truncated_repr(self.pattern, 200)
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        if self is other:
            return True
        return (self.flags == other.flags and self._isbytes == other._isbytes and
                self._code == other._code and self.pattern == other.pattern)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash((self.pattern, self.flags, self._isbytes, tuple(self._code)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    self = object.__new__(Pattern)
    self.pattern = pattern
    self.flags = flags
    self._code = list(code)
    self.groups = groups
    self._groupindex = dict(groupindex)
    self._indexgroup = tuple(indexgroup)
    self._isbytes = pattern is not None and not isinstance(pattern, str)
    return self


def _empty(st):
    return b"" if st.isbytes else ""


def _group_text(st, g, default):
    j = 2 * (g - 1)
    if j + 1 <= st.lastmark and st.marks[j] >= 0 and st.marks[j + 1] >= 0:
        return st.sliceable[st.marks[j]:st.marks[j + 1]]
    return default


class Match:
    """The result of re.match() and re.search().
    Match objects always have a boolean value of True."""
    __module__ = "re"
    __slots__ = ("re", "string", "pos", "endpos", "lastindex", "_spans", "_sliceable")

    def __new__(cls, *args, **kwargs):
        if len(args) == 2 and isinstance(args[0], Pattern) and isinstance(args[1], _State):
            return object.__new__(cls)
        raise TypeError("cannot create 're.Match' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Match' is not an acceptable base type")

    def __init__(self, pattern, st):
        self.re = pattern
        self.string = st.string
        self.pos = st.pos
        self.endpos = st.endpos
        self._sliceable = st.sliceable
        spans = [(st.start, st.ptr)]
        marks = st.marks
        for g in range(pattern.groups):
            j = 2 * g
            if j + 1 <= st.lastmark and marks[j] >= 0 and marks[j + 1] >= 0:
                if marks[j] > marks[j + 1]:
                    raise SystemError("The span of capturing group is wrong, please "
                                      "report a bug for the re module.")
                spans.append((marks[j], marks[j + 1]))
            else:
                spans.append((-1, -1))
        self._spans = spans
        self.lastindex = st.lastindex if st.lastindex >= 0 else None

    def _index(self, group):
        if isinstance(group, int) or (hasattr(type(group), "__index__") and
                                      not isinstance(group, (str, bytes))):
            try:
                i = group.__index__()
            except Exception:
                raise IndexError("no such group")
        else:
            try:
                i = self.re._groupindex[group]
            except (KeyError, TypeError):
                raise IndexError("no such group")
        if i < 0 or i >= len(self._spans):
            raise IndexError("no such group")
        return i

    def _get(self, i, default=None):
        start, end = self._spans[i]
        if start < 0:
            return default
        return self._sliceable[start:end]

    def group(self, *args):
        """group([group1, ...]) -> str or tuple.
        Return subgroup(s) of the match by indices or names.
        For 0 returns the entire match."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1."""
        return tuple(self._get(i, default) for i in range(1, len(self._spans)))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed
        by the subgroup name."""
        return {name: self._get(self._index(name), default)
                for name in self.re._groupindex}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        return self._spans[self._index(group)]

    @property
    def regs(self):
        return tuple(self._spans)

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        indexgroup = self.re._indexgroup
        if self.lastindex is None or self.lastindex >= len(indexgroup):
            return None
        return indexgroup[self.lastindex]

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string
        template, as done by the sub() method."""
        import re
        return re._expand(self.re, self, template)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0][0], self._spans[0][1], _truncated_repr(self.group(0), 50))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class SRE_Scanner:
    __slots__ = ("pattern", "_state", "_done")

    def __init__(self, pattern, string, pos=0, endpos=_MAXSIZE):
        self.pattern = pattern
        self._state = _State(pattern, string, pos, endpos)
        self._done = False

    def _next(self, find):
        st = self._state
        if self._done:
            return None
        st.reset()
        st.ptr = st.start
        if not find(st, self.pattern._code):
            self._done = True
            return None
        m = Match(self.pattern, st)
        st.must_advance = st.ptr == st.start
        st.start = st.ptr
        return m

    def match(self):
        return self._next(_match)

    def search(self):
        return self._next(_search)
