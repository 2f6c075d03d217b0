# Builtins composed with each other: constructors, map/zip/sorted chains, slice(), divmod, pow, round.
print(bool([]), bool([0]), int("7") + float("1.5"), str(12) + "!", list((1, 2)), tuple([1]), dict([(1, 2)]), set("aa"))
print(max(map(len, ["a", "abc"])), min(zip("ab", "cd")), sum(map(int, "123")), sorted(map(abs, [-3, 2, -1])))
print(list(zip(*zip("ab", "cd"))), dict(zip(range(3), "abc")), list(map(chr, range(97, 100))))
print(isinstance(slice(1), slice), "abcdef"[slice(None, None, 2)], divmod(7, 2), pow(2, 5), abs(-3), round(2.5))
