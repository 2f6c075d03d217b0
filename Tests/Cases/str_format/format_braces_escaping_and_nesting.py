# Doubled braces, nested fields and the limits on nesting.
print("{{}}".format(), "{{{}}}".format(1), "{{{0}}}".format("x"), "}}{{".format(), "{{0}}".format(1))
print("{0:{1}}|".format("ab", 5), "{:{}{}}|".format("ab", ">", 5), "{0:{fill}^{w}}".format("x", fill="-", w=5))
print(f"{{{1 + 1}}}", f"{{}}", f"{'{'}{'}'}", f"{'{}'}")
for fmt in ["{", "}", "{{}", "{}}", "a{b", "a}b", "{0:{1:{2}}}"]:
    try:
        print(repr(fmt), repr(fmt.format(1, 2, 3)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
