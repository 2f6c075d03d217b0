# json (and the codecs registry under it): dumps/loads round trips, formatting options,
# errors with positions.
import json, codecs
print(json.dumps({'a': [1, 2.5, None, True, 'x\u20ac"']}), json.loads('{"k": [1, 2, {"z": null}], "s": "\\u20ac\\n"}'))
print(json.dumps([1, {'b': 2, 'a': 1}], indent=2, sort_keys=True))
print(json.dumps({'x': 1.0, 'y': float('inf')}), json.dumps('é', ensure_ascii=False), json.dumps((1, 2)))
print(json.dumps({1: 'a', True: 'b', None: 'c'}), json.dumps([[]], separators=(',', ':')))
data = {'name': 'pyvm', 'list': list(range(5)), 'nested': {'deep': [{'a': None}]}, 'f': -1.5e-7}
print(json.loads(json.dumps(data)) == data, json.loads('[1e3, -0, 0.5, 123456789012345678901234567890]'))
print(json.loads('"\\ud83d\\ude00"'), json.loads('  {"a" : 1 }  '), json.loads('NaN') != json.loads('NaN'))
for bad in ['{"a": 1,}', '[1, 2', '"abc', '{1: 2}', '', '[1] x', 'tru']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try: json.dumps({'s': {1, 2}})
except TypeError as e: print(e)
class E(json.JSONEncoder):
    def default(self, o): return sorted(o)
print(json.dumps({'s': {3, 1}}, cls=E), json.loads('{"a": 1}', object_hook=lambda d: list(d.items())))
print(codecs.lookup('UTF-8').name, codecs.lookup('latin_1').name, codecs.lookup('cp1252').name)
print(codecs.encode('h\xe9\u20ac', 'cp1252'), codecs.decode(b'h\xe9\x80', 'cp1252'), 'x\u20ac'.encode('utf-8'))
print(codecs.decode(b'a\\nb\\x41\\u20ac', 'unicode_escape'), codecs.encode('a\nb\u20ac', 'unicode_escape'))
print(codecs.escape_decode(b'a\\x41\\n'), codecs.escape_encode(b"a'\n\x00"))
d = codecs.getincrementaldecoder('utf-8')()
print([d.decode(b) for b in [b'\xe2', b'\x82', b'\xac', b'x']])
print(codecs.utf_16_decode(b'\xff\xfeh\x00i\x00'), codecs.utf_8_decode(b'ab\xe2\x82', 'strict', False))
for bad in [lambda: codecs.lookup('nope-enc'), lambda: codecs.decode(b'\x81', 'cp1252'), lambda: codecs.lookup_error('nope')]:
    try: bad()
    except (LookupError, UnicodeDecodeError) as e: print(type(e).__name__, e)
print(codecs.encode('\u20ac', 'cp1252', 'replace'), codecs.decode(b'\x81x', 'cp1252', 'replace'))
