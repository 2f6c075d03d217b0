"""Lists the standard library files the toolkit sweeps use (site-packages excluded:
third-party packages are not the standard library)."""
import os
import sys
import sysconfig

STDLIB = sysconfig.get_paths()['stdlib']


def stdlib_files(suffix):
    result = []
    for root, dirs, files in os.walk(STDLIB):
        dirs[:] = sorted(d for d in dirs if d != 'site-packages')
        for name in sorted(files):
            if name.endswith(suffix):
                result.append(os.path.join(root, name))
    return result


if __name__ == '__main__':
    for path in stdlib_files(sys.argv[1] if len(sys.argv) > 1 else '.py'):
        print(path)
