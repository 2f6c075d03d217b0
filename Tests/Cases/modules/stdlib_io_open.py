# open() and io: text and binary files, modes, encodings, iteration, seek/tell,
# StringIO/BytesIO, errors; in a scratch file under /tmp.
import io, os
path = '/tmp/pyvm_case_io_%d.txt' % os.getpid()
with open(path, 'w') as f:
    print(f.write('line one\nline two\n'), f.name == path, f.mode, f.closed)
    print('third', 42, file=f)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for line in f: print(repr(line))
with open(path) as f:
    print(f.readline(), f.readlines(), f.read(), repr(f.readline()))
with open(path, 'rb') as f:
    print(f.read(4), f.tell(), f.readline(), f.seek(0), f.read(), type(f).__name__)
with open(path, 'a', encoding='utf-8') as f:
    f.write('\u20ac\n')
print(open(path, encoding='utf-8').readlines()[-1], open(path, 'rb').read()[-4:])
with open(path, 'r+') as f:
    f.seek(5); f.write('ONE'); f.seek(0); print(f.readline())
with open(path, 'wb') as f:
    f.write(bytes(range(250, 256)) + b'\r\nx\ry')
print(open(path, 'rb').read(), repr(open(path, newline='', encoding='latin-1').read()), repr(open(path, encoding='latin-1').read()))
try: open(path, encoding='utf-8').read()
except UnicodeDecodeError as e: print(e)
print(repr(open(path, encoding='utf-8', errors='replace').read()))
s = io.StringIO(); s.write('abc\ndef'); s.seek(0); print(s.readline(), s.getvalue().split(), isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
b = io.BytesIO(b'xyz'); print(b.read(2), b.getvalue(), b.seek(0, 2), b.write(b'!'), b.getvalue(), isinstance(b, io.BufferedIOBase))
for bad in [lambda: open('/nonexistent/q'), lambda: open(path, 'rw'), lambda: open(path, 'rb', encoding='utf-8'),
            lambda: open(path).write('x'), lambda: io.StringIO().read(-2) + 1]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
os.remove(path)
print(os.path.exists(path))
