# Literal forms: escapes, raw strings, concatenation, triple quotes, named characters.
print("tab\tnewline\\n quote\" apostrophe\'")
print('single "double" inside', "double 'single' inside")
print(r"raw \n \t \\", R'\d+')
print("con" "cat" 'en' """ation""")
print("""line one
line two""")
print("\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}")
print(len("\N{SNOWMAN}"), ord("\N{SNOWMAN}"))
print(b"bytes\x00\xff" + rb"\n", len(rb"\n"))
print("a\
b")
print(repr("\0\a\b\f\v\r"))
print(f"{'nested'}", f'{"x" * 2}', rf"\{1 + 1}")
print(u"unicode prefix")
