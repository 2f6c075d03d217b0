# Building strings.
# Stresses: str.join, += concatenation, slicing and indexing of str, %-formatting,
# str.format with positional/keyword/format specs, str() / repr() of ints and floats,
# str.split/partition, str multiplication, ord/chr.


def join_build(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    s = ",".join(parts)
    return len(s) + s.count("7")


def concat_build(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 100 == 99:
            s += "\n"
    lines = s.split("\n")
    return len(s) + len(lines) + ord(s[n // 2])


def slicing(s):
    acc = 0
    n = len(s)
    for i in range(0, n - 20, 7):
        piece = s[i:i + 20]
        acc += ord(piece[0]) + ord(piece[-1]) + len(piece[::2])
        head, sep, tail = piece.partition("m")
        acc += len(head) - len(tail)
    return acc + len(s[::-1]) + len(s[10:-10])


def percent_format(n):
    acc = 0
    for i in range(n):
        a = "%d:%s" % (i, "x")
        b = "%5.2f|%-6s|%x|%r" % (i / 3.0, "ab", i, "q")
        c = "%(name)s=%(val)04d" % {"name": "k", "val": i % 10000}
        acc += len(a) + len(b) + len(c)
    return acc


def format_method(n):
    acc = 0
    tmpl = "{0}-{1}-{0}"
    for i in range(n):
        a = tmpl.format(i, i * 2)
        b = "{name}:{value:>8.3f}".format(name="v", value=i * 0.5)
        c = "{:08b}|{:^9}|{:,}".format(i % 256, "mid", i * 1000)
        acc += len(a) + len(b) + len(c)
    return acc


def reprs(n):
    acc = 0
    for i in range(n):
        acc += len(str(i * 7919)) + len(repr(i / 7)) + len(repr("s" * (i % 5)))
    return acc


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def main():
    total = 0
    for rnd in range(4):
        total += join_build(60000)
        total += concat_build(60000)
        base = "the quick brown fox jumps over the lazy dog " * 400
        total += slicing(base)
        total += percent_format(30000)
        total += format_method(30000)
        total += reprs(30000)
        enc = caesar(base, 3 + rnd)
        total += len(enc) + enc.count("w") + (caesar(enc, 23 - rnd) == base)
    print("string_build checksum", total)


main()
