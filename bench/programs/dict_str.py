# Dictionaries with string keys and string methods.
# Stresses: dict get/set/`in`/items/keys/values, dict.get and setdefault, str.split,
# str.lower/upper/strip/replace/startswith/endswith/find, str hashing and comparison,
# f-strings, str concatenation of short strings.

WORDS = (
    "the quick brown fox jumps over the lazy dog while a small cat sleeps under "
    "a warm blanket and the old man reads a book about ships kings cabbages and "
    "sealing wax but nobody knows why the sea is boiling hot or whether pigs have wings"
).split()


def make_text(n, seed):
    out = []
    x = seed
    nw = len(WORDS)
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[x % nw]
        if x & 16:
            w = w.upper()
        elif x & 32:
            w = w.capitalize()
        if x & 64:
            w = w + ","
        out.append(w)
    return " ".join(out)


def count_words(text):
    counts = {}
    for raw in text.split():
        w = raw.strip(",.").lower()
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def analyse(counts):
    by_letter = {}
    for w, c in counts.items():
        by_letter.setdefault(w[0], []).append(w)
    total = 0
    for letter in sorted(by_letter):
        ws = by_letter[letter]
        total += len(ws) * ord(letter)
    lens = {}
    for w in counts:
        lens[len(w)] = lens.get(len(w), 0) + counts[w]
    for k in sorted(lens.keys()):
        total += k * lens[k]
    total += sum(counts.values())
    return total


def string_methods(text):
    acc = 0
    for line_no in range(40):
        start = line_no * 97
        chunk = text[start:start + 300]
        acc += chunk.find("the") + chunk.count("a") + len(chunk.replace("o", "00"))
        if chunk.startswith("T") or chunk.endswith("s"):
            acc += 1
        acc += len(chunk.title()) + chunk.upper().count("E")
    return acc


def fstrings(counts):
    keys = sorted(counts)
    records = {}
    for i, k in enumerate(keys):
        key = f"{k}:{i}"
        records[key] = f"{k!r} -> {counts[k]:5d} ({counts[k] / 7:.3f}) {i:x}"
    acc = 0
    for k, v in records.items():
        acc += len(k) * 3 + len(v)
    return acc


def main():
    total = 0
    for rnd in range(50):
        text = make_text(15000, rnd + 7)
        counts = count_words(text)
        total += analyse(counts)
        total += string_methods(text)
        total += fstrings(counts)
        # many distinct keys
        d = {}
        for i in range(6000):
            d["k" + str(i % 2500) + "_" + str(rnd)] = i
        total += len(d) + d["k17_" + str(rnd)]
        for k in list(d.keys())[:1000]:
            del d[k]
        total += len(d)
    print("dict_str checksum", total)


main()
