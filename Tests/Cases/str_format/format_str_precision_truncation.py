# Precision truncates strings; width pads; together with alignment.
s = "abcdefgh"
for spec in [".3", "5.3", "<5.3", ">5.3", "^6.2", ".0", ".10", "10.10", "*^9.4"]:
    print(repr(spec), repr(format(s, spec)), repr(("{:" + spec + "}").format(s)), repr(("%" + spec.lstrip("<>^*") + "s") % s))
print(repr(f"{'héllo':.2}"), repr(f"{'😀😀😀':.1}"), repr("%.2s|%5.1s|%-5.3s|" % ("xyz", "xyz", "xyz")))
print(repr(format("", "5")), repr(format("", ".0")), repr(format("a", "")))
