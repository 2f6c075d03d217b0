# Character class predicates on ASCII and non-ASCII strings.
samples = ["abc", "ABC", "Abc Def", "abc123", "123", "²", "½", "٣", "Ⅻ", " \t\n", "", "a b",
           "_id3", "3id", "déjà", "\x00", "\u200b", "Hello\n", "ǅ", "αβγ", "class", "x-y"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.istitle(), s.isupper(), s.islower(), s.isascii())
