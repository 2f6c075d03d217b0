"""Small functions for tools/resume_check.py. Each records its side effects in LOG, so a
resumed run is compared with the uninterrupted one on its result *and* its effects.
CASES lists (function, arguments) pairs."""

LOG = []


def straight(a, b):
    c = a + b
    LOG.append(c)
    d = c * 2
    return d - a


def loop_sum(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            LOG.append(i)
    return total


def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 10:
            break
        LOG.append(i)
    else:
        LOG.append('else')
    return i


def nested_loops(rows):
    out = []
    for r in rows:
        for c in r:
            if c < 0:
                continue
            out.append(c * 2)
    LOG.append(len(out))
    return out


def try_except(x):
    try:
        LOG.append('try')
        y = 10 // x
        LOG.append(y)
    except ZeroDivisionError as e:
        LOG.append(type(e).__name__)
        y = -1
    finally:
        LOG.append('finally')
    return y


def raises_late(x):
    LOG.append(x)
    if x > 2:
        raise ValueError('too big', x)
    return x


def unbound_later(flag):
    if flag:
        v = 1
    LOG.append('before')
    return v


def deletes(a):
    b = a * 3
    LOG.append(b)
    del b
    b = a
    return b


def closures(n):
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count
    LOG.append(bump(n))
    LOG.append(bump(1))
    return count


def cell_written_after(x):
    cell = x
    LOG.append('start')
    cell = cell + 1

    def read():
        return cell
    return read()


def defaults_and_kwargs(a, b=2, *rest, c=3, **kw):
    LOG.append((a, b, rest, c, sorted(kw)))
    s = a + b + c + sum(rest) + sum(kw.values())
    return s


def comprehension_user(xs):
    squares = [x * x for x in xs]
    LOG.append(squares)
    total = sum(squares)
    return total


def chained_compare(a, b, c):
    r = a < b < c
    LOG.append(r)
    t = (a if r else c)
    return t


def walrus(xs):
    found = None
    for x in xs:
        if (y := x * 3) > 10:
            found = y
            break
    LOG.append(found)
    return found


def fstring(name, n):
    s = f'{name}:{n:>4}'
    LOG.append(s)
    return s.upper()


def unpacking(seq):
    a, *b, c = seq
    LOG.append(b)
    x, y = a, c
    return x - y


def augmented(d, k):
    d[k] += 1
    LOG.append(dict(d))
    d[k] *= 3
    return d


def method_calls(s):
    parts = s.split(',')
    LOG.append(len(parts))
    joined = '-'.join(p.strip() for p in parts)
    return joined.upper()


def keyword_call(a):
    r = dict(x=a, y=a + 1)
    LOG.append(r)
    return sorted(r.items(), key=lambda kv: kv[0])


def assert_and_return(x):
    assert x >= 0, 'negative'
    LOG.append(x)
    return x ** 2


class Box:
    def __init__(self, v):
        self.v = v

    def grow(self, k):
        old = self.v
        self.v = old + k
        LOG.append((old, self.v))
        return self.v


def with_methods(k):
    b = Box(1)
    for i in range(k):
        b.grow(i)
    return b.v


class Ctx:
    def __init__(self, name='c', suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        LOG.append('enter ' + self.name)
        return self

    def __exit__(self, *exc):
        LOG.append('exit ' + self.name + ' ' + str(exc[0].__name__ if exc[0] else None))
        return self.suppress


def with_block(x):
    with Ctx('a') as c:
        LOG.append('body')
        y = 10 // x
        LOG.append(y)
    return y


def with_suppress(x):
    with Ctx('s', True):
        LOG.append('in')
        y = 10 // x
    LOG.append('after')
    return x


def early_return_in_try(x):
    try:
        if x:
            return 'early'
        LOG.append('not early')
    finally:
        LOG.append('cleanup')
    return 'late'


def big_function(n):
    v0 = n; v1 = v0 + 1; v2 = v1 + 1; v3 = v2 + 1; v4 = v3 + 1
    LOG.append(v4)
    t = 0
    for i in range(3):
        t += v0 * i + v1 - v2 + v3 * v4
        LOG.append(t)
    return t


CASES = [
    (straight, (3, 4)),
    (loop_sum, (7,)),
    (while_else, (4,)),
    (while_else, (20,)),
    (nested_loops, ([[1, -2, 3], [], [4, -5]],)),
    (try_except, (5,)),
    (try_except, (0,)),
    (raises_late, (1,)),
    (raises_late, (3,)),
    (unbound_later, (True,)),
    (unbound_later, (False,)),
    (deletes, (2,)),
    (closures, (5,)),
    (cell_written_after, (41,)),
    (defaults_and_kwargs, (1, 2, 3, 4)),
    (comprehension_user, ([1, 2, 3],)),
    (chained_compare, (1, 2, 3)),
    (chained_compare, (3, 2, 1)),
    (walrus, ([1, 2, 5, 7],)),
    (fstring, ('ab', 7)),
    (unpacking, ([1, 2, 3, 4],)),
    (augmented, ({'a': 1}, 'a')),
    (method_calls, ('a, b ,c',)),
    (keyword_call, (3,)),
    (assert_and_return, (3,)),
    (assert_and_return, (-1,)),
    (with_methods, (3,)),
    (with_block, (2,)),
    (with_block, (0,)),
    (with_suppress, (0,)),
    (early_return_in_try, (0,)),
    (early_return_in_try, (1,)),
    (big_function, (2,)),
]


class Base:
    def describe(self, tag):
        LOG.append(('base', tag))
        return tag * 2


class Derived(Base):
    def describe(self, tag):
        first = super().describe(tag)
        LOG.append(('derived', first))
        second = super().describe(tag + 1)
        return first + second


def calls_super(k):
    d = Derived()
    r = d.describe(k)
    LOG.append(r)
    return r


CASES.append((Derived.describe, (Derived(), 3)))


def argument_cell(x, y):
    LOG.append(x)
    x = x + y

    def read():
        return x * 10
    y = read()
    return x, y


CASES.append((argument_cell, (2, 5)))


def nested_with(x):
    with Ctx('outer'):
        LOG.append('between')
        with Ctx('inner') as c:
            LOG.append(c.name)
            y = 10 // x
        LOG.append('after inner')
    return y


def with_in_try(x):
    try:
        with Ctx('t'):
            y = 10 // x
    except ZeroDivisionError:
        y = 'caught'
    finally:
        LOG.append('finally')
    return y


def return_inside_with(items):
    with Ctx('r'):
        for item in items:
            if item > 2:
                return item
            LOG.append(item)
    return None


def try_in_with(x):
    with Ctx('w'):
        try:
            y = 10 // x
        except ZeroDivisionError:
            y = 0
        LOG.append(y)
    return y


def dict_iteration(d):
    keys = []
    for k, v in d.items():
        keys.append(k)
        LOG.append(v)
    return keys


def nested_calls(a):
    r = max(min(a, 10), abs(-a), len(str(a)))
    LOG.append(r)
    return divmod(r, 3)


def boolean_ops(a, b):
    r = a and b or not a
    LOG.append(r)
    s = (a or b) and (a, b)
    return r, s


def kwargs_call(a):
    def inner(x, *, y=0, **rest):
        return x + y + len(rest)
    r = inner(a, y=2, z=3)
    LOG.append(r)
    return inner(*[a], **{'y': 1})


def slices_and_subscripts(xs):
    xs[1:3] = [9, 9]
    LOG.append(xs[::2])
    del xs[0]
    return xs[-1], xs[:2]


def while_with_else_break(n):
    i = 0
    while True:
        i += 1
        if i >= n:
            break
    else:
        LOG.append('never')
    LOG.append(i)
    return i


CASES += [
    (nested_with, (2,)),
    (nested_with, (0,)),
    (with_in_try, (5,)),
    (with_in_try, (0,)),
    (return_inside_with, ([1, 2, 3, 4],)),
    (return_inside_with, ([],)),
    (try_in_with, (0,)),
    (try_in_with, (2,)),
    (dict_iteration, ({'a': 1, 'b': 2},)),
    (nested_calls, (17,)),
    (boolean_ops, (0, 5)),
    (boolean_ops, (3, 5)),
    (kwargs_call, (4,)),
    (slices_and_subscripts, ([1, 2, 3, 4, 5],)),
    (while_with_else_break, (3,)),
]


import math  # noqa: E402


def module_method(x):
    # LOAD_METHOD on a module finds a plain function: NULL, then the function.
    r = math.floor(x) + math.ceil(x)
    LOG.append(r)
    return math.hypot(r, 1)


# Comprehension code objects are functions taking the iterator as `.0`.
listcomp_code = next(c for c in comprehension_user.__code__.co_consts if hasattr(c, 'co_code'))
listcomp = type(comprehension_user)(listcomp_code, globals(), 'listcomp')

# More than 256 locals: EXTENDED_ARG on LOAD_FAST/STORE_FAST (one chained assignment keeps
# the run short enough for every boundary to be tried).
_source = ['def many_locals(n):', '    ' + ' = '.join(f'v{i}' for i in range(300)) + ' = n']
_source += ['    t = 0', '    for i in range(2):', '        t += v0 + v150 + v299 + i',
            '        LOG.append(t)', '    return t']
exec('\n'.join(_source))

CASES += [
    (module_method, (2.5,)),
    (listcomp, (iter([1, 2, 3]),)),
    (many_locals, (1,)),
]
