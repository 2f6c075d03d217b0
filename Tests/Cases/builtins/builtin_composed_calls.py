# Builtins composed with each other: constructors, map/zip/sorted chains, slice(), divmod, pow, round.
print(bool([]), bool([0]), int("7") + float("1.5"), str(12) + "!", list((1, 2)), tuple([1]), dict([(1, 2)]), set("aa"))
print(max(map(len, ["a", "abc"])), min(zip("ab", "cd")), sum(map(int, "123")), sorted(map(abs, [-3, 2, -1])))
print(list(zip(*zip("ab", "cd"))), dict(zip(range(3), "abc")), list(map(chr, range(97, 100))))
print(isinstance(slice(1), slice), "abcdef"[slice(None, None, 2)], divmod(7, 2), pow(2, 5), abs(-3), round(2.5))
words = ["delta", "Alpha", "charlie", "Bravo"]
print(sorted(map(str.lower, words)), list(enumerate(sorted(words, key=len), 1)), dict(map(reversed, enumerate("xy"))))
print(list(filter(str.isupper, map(lambda w: w[0], words))), sum(map(len, words)), max(words, key=str.lower))
print(list(reversed(list(map(ord, "abc")))), "".join(map(chr, reversed(range(97, 101)))), any(map(str.isdigit, "a1")))
print(tuple(map(hex, range(3))), set(map(bool, [0, 1, 2])), list(zip(range(3), map(bin, range(3)))))
