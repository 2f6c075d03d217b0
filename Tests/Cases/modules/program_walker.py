# A program written as a user would: tempfile, os.walk, glob, fnmatch, shutil, hashlib, contextlib.redirect_stdout.
import os, tempfile, shutil, glob, fnmatch, hashlib, sys, io, contextlib
root = tempfile.mkdtemp(prefix='pyvm_walk_')
try:
    for d in ['a', 'a/b', 'c']:
        os.makedirs(os.path.join(root, d), exist_ok=True)
    for i, name in enumerate(['a/x.txt', 'a/b/y.py', 'c/z.txt', 'top.py']):
        with open(os.path.join(root, name), 'w') as f:
            f.write('line %d\n' % i * (i + 1))
    found = sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, '**', '*.py'), recursive=True))
    print(found)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for f in sorted(fnmatch.filter(filenames, '*.txt')):
            data = open(os.path.join(dirpath, f), 'rb').read()
            print(os.path.relpath(os.path.join(dirpath, f), root), len(data), hashlib.md5(data).hexdigest()[:8])
    shutil.copy(os.path.join(root, 'top.py'), os.path.join(root, 'copy.py'))
    print(sorted(os.listdir(root)), os.path.getsize(os.path.join(root, 'copy.py')))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print('captured')
    print(repr(buf.getvalue()))
finally:
    shutil.rmtree(root)
print(os.path.exists(root))
