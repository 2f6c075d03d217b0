# Alignment, precision and format_map keep lone surrogates; str subclasses keep their __format__.
s = "x\udc80y"
print(ascii("%5s|%-5s|%.2s" % (s, s, s)), ascii("{:<5}|{:^7}|{:.1}|{!s}".format(s, s, s, s)))
print(ascii(f"{s:>6}{s}{'é'}{s:*^9}"), ascii(format(s, "7")), ascii("{a}-{b}".format_map({"a": s, "b": 1})))
class S(str):
    def __format__(self, spec):
        return "custom"
print(f"{S('q')}", "{}".format(S("q")), ascii(f"{s!r}"), ascii("%r" % s))
