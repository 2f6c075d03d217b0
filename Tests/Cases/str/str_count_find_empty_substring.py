# Edge cases of the empty substring in find/count/replace/split/in.
s = "abc"
print(s.find(""), s.rfind(""), s.index(""), s.count(""), "".count(""), s.find("", 3), s.find("", 4))
print(s.count("", 1), s.count("", 1, 2), s.count("", 5), s.rfind("", 1, 2), "" in s, s.startswith(""))
print(s.replace("", "."), s.replace("", ".", 1), "".replace("", "x", 5), "".replace("a", "b"))
print("".find(""), "".rfind(""), "".find("a"), "".split("a"), "".rsplit(None), "".partition("a"))
print(s.find("c", -1), s.find("c", -100), s.find("a", 1, 0), s.find("bc", 1, 2), s.rfind("a", -2))
print(s[3:].find(""), s.endswith("", 3), s.endswith("", 4), s.endswith("c", -1), s.endswith("a", 0, 1))
