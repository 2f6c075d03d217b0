# os over pyvm's posix module: paths, stat, directories, file descriptors, walk, scandir,
# environ and errors, in a scratch folder under /tmp.
import os, sys
T = '/tmp/pyvm_case_os_%d' % os.getpid()
print(os.name, os.sep, os.path.join('a', 'b'), os.path.basename('/x/y.py'), os.curdir, os.linesep == '\n')
print(os.path.exists('/tmp'), os.path.isdir('/tmp'), os.path.isfile(T))
print(type(os.environ).__name__, os.getenv('PYVM_SURELY_UNSET', 'dflt'))
st = os.stat(__file__)
print(type(st).__name__, st.st_mode == st[0], isinstance(st.st_mtime, float), st.st_size == len(open(__file__, 'rb').read()))
print(st.st_mtime_ns // 10**9 == st[8], len(st), repr(st).startswith('os.stat_result(st_mode='))
os.makedirs(T + '/a/b', exist_ok=True)
fd = os.open(T + '/a/f.txt', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello\n'), os.lseek(fd, 0, os.SEEK_CUR)); os.close(fd)
fd = os.open(T + '/a/f.txt', os.O_RDONLY); print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10)); os.close(fd)
print(sorted(os.listdir(T + '/a')), os.path.getsize(T + '/a/f.txt'), sorted(os.listdir(os.fsencode(T))))
for root, dirs, files in os.walk(T):
    print(root.replace(T, 'T'), sorted(dirs), sorted(files))
with os.scandir(T + '/a') as it:
    print(sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in it))
os.symlink(T + '/a/f.txt', T + '/link')
print(os.path.islink(T + '/link'), os.readlink(T + '/link').replace(T, 'T'), os.path.realpath(T + '/link') == os.path.realpath(T + '/a/f.txt'))
for bad in [lambda: os.stat(T + '/nonexistent'), lambda: os.mkdir(T + '/a'), lambda: os.rmdir(T + '/a'),
            lambda: os.listdir(T + '/a/f.txt'), lambda: os.stat(3.5), lambda: os.open(T + '/x\0y', os.O_RDONLY)]:
    try: bad()
    except (OSError, TypeError, ValueError) as e: print(type(e).__name__, str(e).replace(T, 'T'))
os.rename(T + '/a/f.txt', T + '/g.txt'); os.replace(T + '/g.txt', T + '/h.txt'); os.remove(T + '/h.txt'); os.unlink(T + '/link')
os.removedirs(T + '/a/b'); print(os.path.exists(T))
print(len(os.urandom(8)), os.getpid() > 0, os.path.abspath('.') == os.getcwd(), os.fspath('x'), os.fsencode('é'), os.fsdecode(b'x'))
print(os.path.splitext('a/b.tar.gz'), os.path.normpath('a//b/../c'), os.path.relpath('/a/b/c', '/a'), os.path.commonpath(['/a/b', '/a/c']))
print(os.path.expanduser('~') == os.environ['HOME'], os.path.dirname('/x/y/z'), os.path.split('/x/y'))
os.environ['PYVM_CASE_VAR'] = 'v1'; print(os.environ.get('PYVM_CASE_VAR'), os.getenv('PYVM_CASE_VAR'), 'PYVM_CASE_VAR' in os.environ)
del os.environ['PYVM_CASE_VAR']; print(os.environ.get('PYVM_CASE_VAR'))
print(os.cpu_count() > 0, os.strerror(2), isinstance(os.uname().sysname, str), os.WEXITSTATUS(256), os.waitstatus_to_exitcode(512))
class P:
    def __fspath__(self): return '/tmp'
print(os.fspath(P()), os.path.isdir(P()), os.stat(P()).st_mode == os.stat('/tmp').st_mode)
cwd = os.getcwd(); os.chdir('/'); print(os.getcwd()); os.chdir(cwd)
