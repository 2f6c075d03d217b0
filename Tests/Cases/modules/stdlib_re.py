import re
tests = [
    (r'abc', 'xxabcxx'), (r'a.c', 'abc a\nc'), (r'a*', 'aaab'), (r'a*?b', 'aaab'),
    (r'(a|b)*c', 'ababc'), (r'(a+)(b+)?', 'aaac'), (r'^\w+@\w+\.com$', 'joe@example.com'),
    (r'(\d+)-(\d+)', 'tel 123-4567 and 89-10'), (r'(?P<year>\d{4})-(?P<mon>\d\d)', 'on 2024-05-01'),
    (r'(?i)hello', 'Say HeLLo'), (r'[a-z]+', 'Hello World'), (r'[^aeiou\s]+', 'hello world'),
    (r'\bfoo\b', 'a foo b foobar'), (r'\Bo', 'foo'), (r'(a)(?=b)', 'acab'), (r'(?<=a)b', 'cbab'),
    (r'(?<!a)b', 'abcb'), (r'(?!x)\w', 'xxy'), (r'(x)?y(?(1)z|w)', 'xyz yw'),
    (r'(a)\1', 'aa ab'), (r'(?i)(a)\1', 'aA'), (r'x{2,3}', 'xxxxx'), (r'x{2,3}?', 'xxxxx'),
    (r'(?:ab){2,}', 'abababx'), (r'(?:ab)*?c', 'ababc'), (r'(?>a+)b', 'aaab'), (r'a++b', 'aaab'),
    (r'(?:a|ab)(?:c|bcd)', 'abcd'), (r'.*\.py$', 'file.py'), (r'(?m)^\w+$', 'one\ntwo\nthree'),
    (r'(?s)a.b', 'a\nb'), (r'\d+\.\d*', 'pi 3.14159'), (r'[\u00e0-\u00ff]+', 'caf\u00e9s'),
    (r'(?i)stra\u00dfe', 'STRASSE stra\u00dfe'), (r'\s+', 'a \t\nb'), (r'(a*)*b', 'aaab'),
    (r'(a*)+', 'b'), (r'(?:(a)|b)*', 'ab'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'$', 'abc\n'),
    (r'\Z', 'ab'), (r'\A\w', 'ab'), (r'(?x) a  b # comment', 'ab'), (r'[\d\-]+', '12-34'),
    (r'(\w+)\s(?P=w)?', 'hi there'), (r'(?P<w>\w)(?P=w)', 'abccd'), (r'a{,2}', 'aaa'),
    (r'(?i)[a-c]+', 'ABCabcD'), (r'(?i)[^a]', 'Ab'), (r'[.]', 'a.b'), (r'(?:x|y|z)+', 'xyzq'),
]
for pat, s in tests:
    try:
        p = re.compile(pat)
    except re.error as e:
        print('error', pat, e); continue
    print(repr(pat), p.match(s), p.search(s), p.fullmatch(s))
    print('  findall', p.findall(s))
    print('  split', p.split(s))
    print('  sub', p.sub('<>', s), p.subn(lambda m: '[' + m.group() + ']', s))
    for m in p.finditer(s):
        print('  it', m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs)
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<a>\d)', r'<\g<a>>', 'a1b22'))
print(re.split(r'(,)', 'a,b,,c'), re.split(r'x*', 'axbc'), re.split(r'\b', 'a b'))
print(re.findall(r'', 'abc'), re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'))
print(re.compile(r'a', re.I | re.M), re.compile(b'a+'), re.compile('x' * 300))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m['first'], m[2], m.group(0, 1, 'last'), m.start('last'), m.expand(r'\g<last>, \1'))
print(re.match(b'(a)(b)?', b'ac').groups(b'-'), re.search(b'\\d+', bytearray(b'ab12')))
print(re.escape('a.b*c'), re.fullmatch('a|ab', 'ab'), re.match('a', 'ba', 1), re.match('^a', 'ba', 1))
print(re.search('b', 'abcb', 2), re.compile('b').search('abcb', 0, 1), re.compile('b').findall('abbcb', 1, 3))
for bad in ['(', 'a**', '[a', '(?P<1>x)', r'\1', '(?<=a+)b']:
    try: re.compile(bad)
    except re.error as e: print('error:', e)
try: re.match('a', b'a')
except TypeError as e: print(e)
try: re.match(b'a', 'a')
except TypeError as e: print(e)
try: re.match('a', 5)
except TypeError as e: print(e)
try: m.group(5)
except IndexError as e: print(e)
print(re.sub('a', lambda m: m.group().upper(), 'banana', count=2))
sc = re.Scanner([(r'\d+', lambda s, t: int(t)), (r'\w+', lambda s, t: t), (r'\s+', None)])
print(sc.scan('abc 12 de 3 !'))
print(re.compile(r'(?i)ǅ').match('ǆ'), re.match(r'(?i)K', '\u212a'), re.findall(r'[\w]+', 'ü-ñ x'))
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'((a)b)', 'ab').lastindex)
print(re.findall(r'(a)(b)?', 'ab a'), re.findall(r'\d', '1\u0662'), re.findall(r'(?a)\d', '1\u0662'))
print(re.match(r'(?:(?:a)*)*x', 'aaaax'), re.match('(a?)*?b', 'ab'), re.match(r'(?:a|())*b', 'aab').groups())
print(re.search(r'[\U00010000-\U0001ffff]', 'x\U0001F600'), re.search('[^\x00-\x7f]', 'abc\u20ac'))
