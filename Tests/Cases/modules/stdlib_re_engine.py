# The regular-expression engine on harder patterns: backtracking into groups, nested
# repeats, lazy and possessive quantifiers, lookarounds, backreferences, long inputs.
import re

cases = [
    (r'(a+)+b', 'aaaaaaaaaaaaaaaab'),
    (r'((a)|b)+', 'abab'),
    (r'(a|b)*?c', 'abbac'),
    (r'(?:(\d+)\.)+(\d+)', '1.22.333.4444'),
    (r'(\w+?)(\d*)$', 'abc123'),
    (r'^(?:(a)|(b)|(c))+$', 'abcab'),
    (r'(?=(\w+))\w', 'hey'),
    (r'(?<=(ab))c', 'xabc'),
    (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" and \'bye\''),
    (r'<(\w+)>.*?</\1>', '<b>bold</b> <i>x</i>'),
    (r'(?:a{2})*', 'aaaaa'),
    (r'(ab|a)(bc|c)?', 'abc'),
    (r'(?>(a|ab))c', 'abc'),
    (r'(?:ab)++c', 'ababc'),
    (r'a*+a', 'aaa'),
    (r'(a?){3}b', 'aab'),
    (r'(?:x*)*y', 'xxxy'),
    (r'(?:()|a)*b', 'aab'),
    (r'\d{2,}?(\d)', '12345'),
    (r'(?i)(straße|strasse)', 'STRASSE'),
    (r'(?i)[k]', '\u212a'),
    (r'(?m)(^\s*#.*$\n?)+', '# a\n  # b\ncode\n'),
    (r'(?s)/\*.*?\*/', 'a /* x\n y */ b /* z */'),
    (r'\b\w+(?=ing\b)', 'singing and dancing'),
    (r'(?<![\d.])\d+(?![\d.])', '12 3.4 56'),
    (r'(a)|b', 'b'),
    (r'(?:(a)|(b))*', 'ab'),
    (r'(a)?(b)?(c)?', 'c'),
]
for pattern, text in cases:
    p = re.compile(pattern)
    m = p.search(text)
    print(repr(pattern), m and (m.span(), m.groups(), m.lastindex))
    print('   ', [x.span() for x in p.finditer(text)], p.findall(text))

# Long inputs: repeats of groups thousands of times deep.
text = 'ab' * 2000
m = re.fullmatch(r'(?:ab)*', text)
print(m.span())
m = re.match(r'(ab)*', text)
print(m.span(), m.group(1), m.span(1))
print(len(re.findall(r'\w', 'xy ' * 1000)), re.sub(r'(\d)', r'<\1>', '1a2b3' * 3)[:40])
words = ('alpha beta gamma ' * 200).split()
print(len(re.findall(r'\b[a-z]+a\b', ' '.join(words))))
print(re.split(r'\s*[,;]\s*', 'a , b;c ;  d'), re.split(r'(?:)', 'abc'))
print(re.sub(r'(?m)^', '> ', 'one\ntwo\n'), re.subn(r'\s+$', '', 'trail   '))
print(re.fullmatch(r'[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?', '-1.5e10').groups())
print(re.match(r'(?x) (\d{3}) [-.\s]? (\d{4})  # phone', '555-1234').groups())
