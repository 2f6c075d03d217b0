# A program written as a user would: argparse, pathlib, re, collections, json, textwrap.
import re, json, sys, collections, pathlib, argparse, textwrap
parser = argparse.ArgumentParser(description='count words')
parser.add_argument('--top', type=int, default=5)
parser.add_argument('files', nargs='*')
args = parser.parse_args(['--top', '3'])
text = pathlib.Path(__file__).read_text()
words = re.findall(r"[a-z']+", text.lower())
counts = collections.Counter(words)
print(json.dumps(counts.most_common(args.top), indent=1))
print(textwrap.shorten(' '.join(sorted(set(words))), 60))
try:
    parser.parse_args(['--top', 'x'])
except SystemExit as e:
    print('exit', e.code)
