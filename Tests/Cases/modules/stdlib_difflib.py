# difflib: SequenceMatcher, unified/context diffs, ndiff, close matches.
import difflib

sm = difflib.SequenceMatcher(None, 'abcd', 'bcde')
print(sm.ratio(), sm.get_matching_blocks(), sm.get_opcodes())
a = ['one\n', 'two\n', 'three\n']
b = ['one\n', 'too\n', 'three\n', 'four\n']
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt')))
print(''.join(difflib.context_diff(a, b, 'a', 'b')))
print(list(difflib.ndiff(['abc\n'], ['abd\n'])))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.SequenceMatcher(lambda c: c == ' ', 'a b c', 'a bc').find_longest_match(0, 5, 0, 4))
