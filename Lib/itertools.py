"""Functional tools for creating and using iterators.

pyvm implements this builtin module in Python (CPython: Modules/itertoolsmodule.c)."""


def _index(value, message):
    # Arguments that CPython converts with PyNumber_AsSsize_t and a custom message.
    if value.__class__ is int or isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise ValueError(message)


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float, complex)) and not hasattr(type(value), '__add__'):
                raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return '%s(%r)' % (type(self).__name__, self._value)
        return '%s(%r, %r)' % (type(self).__name__, self._value, self._step)

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return (type(self), (self._value,))
        return (type(self), (self._value, self._step))


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._iterator = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for item in self._iterator:
                self._saved.append(item)
                return item
            self._first_pass = False
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._remaining = None
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._remaining = max(0, times)

    def __iter__(self):
        return self

    def __next__(self):
        if self._remaining is None:
            return self._object
        if self._remaining <= 0:
            raise StopIteration
        self._remaining -= 1
        return self._object

    def __length_hint__(self):
        if self._remaining is None:
            raise TypeError('len() of unsized object')
        return self._remaining

    def __repr__(self):
        if self._remaining is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._remaining)


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._iterator = iter(iterable)
        self._func = func
        self._total = initial
        self._pending_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        item = next(self._iterator)
        if self._total is None:
            self._total = item
        elif self._func is None:
            self._total = self._total + item
        else:
            self._total = self._func(self._total, item)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._sources))
                except StopIteration:
                    self._sources = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._iterator = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._iterator)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._iterator = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._iterator)
        if self._predicate(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable, /):
        self._function = function
        self._iterator = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._iterator)
            if self._function is None:
                if not item:
                    return item
            elif not self._function(item):
                return item


_MISSING = object()


class _grouper:
    def __init__(self, parent, key, token):
        self._parent = parent
        self._key = key
        self._token = token

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        # A group is valid until its groupby advances to the next group.
        if parent._token is not self._token or parent._current_value is _MISSING:
            raise StopIteration
        if not (parent._current_key == self._key):
            raise StopIteration
        value = parent._current_value
        try:
            parent._current_value = next(parent._iterator)
        except StopIteration:
            parent._current_value = _MISSING
            parent._exhausted = True
            return value
        parent._current_key = parent._key_of(parent._current_value)
        return value


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._iterator = iter(iterable)
        self._keyfunc = key
        self._target_key = self._current_key = self._current_value = _MISSING
        self._token = None
        self._exhausted = False

    def _key_of(self, value):
        return value if self._keyfunc is None else self._keyfunc(value)

    def __iter__(self):
        return self

    def __next__(self):
        self._token = object()
        if self._exhausted:
            raise StopIteration
        while self._current_value is _MISSING or (self._target_key is not _MISSING
                                                  and self._current_key == self._target_key):
            try:
                self._current_value = next(self._iterator)
            except StopIteration:
                self._exhausted = True
                raise
            self._current_key = self._key_of(self._current_value)
        self._target_key = self._current_key
        return (self._current_key, _grouper(self, self._target_key, self._token))


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        elif not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        else:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
        message = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if stop is not None:
            stop = _index(stop, message)
            if stop < 0:
                raise ValueError(message)
        message = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if start is not None:
            start = _index(start, message)
            if start < 0:
                raise ValueError(message)
        if step is not None:
            step = _index(step, 'Step for islice() must be a positive integer or None.')
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._iterator = iter(iterable)
        self._next = 0 if start is None else start
        self._stop = stop
        self._step = 1 if step is None else step
        self._position = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._iterator is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            # Consume up to stop, as CPython does, then finish.
            while self._position < self._stop:
                try:
                    next(self._iterator)
                except StopIteration:
                    break
                self._position += 1
            self._iterator = None
            raise StopIteration
        while self._position < self._next:
            try:
                next(self._iterator)
            except StopIteration:
                self._iterator = None
                raise
            self._position += 1
        try:
            item = next(self._iterator)
        except StopIteration:
            self._iterator = None
            raise
        self._position += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable, /):
        self._iterator = iter(iterable)
        self._previous = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        if self._iterator is None:
            raise StopIteration
        try:
            if self._previous is _MISSING:
                self._previous = next(self._iterator)
            item = next(self._iterator)
        except StopIteration:
            self._iterator = None
            raise
        pair = (self._previous, item)
        self._previous = item
        return pair


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._function = function
        self._iterator = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._function(*tuple(next(self._iterator)))


class _tee_buffer:
    def __init__(self, iterator):
        self.iterator = iterator
        self.items = []
        self.offset = 0  # the index in the stream of items[0]


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._buffer = iterable._buffer
            self._position = iterable._position
        else:
            self._buffer = _tee_buffer(iter(iterable))
            self._position = 0

    def __iter__(self):
        return self

    def __copy__(self):
        return _tee(self)

    def __next__(self):
        buffer = self._buffer
        index = self._position - buffer.offset
        if index < len(buffer.items):
            item = buffer.items[index]
        else:
            item = next(buffer.iterator)
            buffer.items.append(item)
        self._position += 1
        return item


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    first = iterable if isinstance(iterable, _tee) else _tee(iterable)
    return (first,) + tuple(_tee(first) for _ in range(n - 1))


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple."""

    def __init__(self, *iterables, fillvalue=None):
        self._iterators = [iter(it) for it in iterables]
        self._active = len(self._iterators)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._iterators or self._active == 0:
            raise StopIteration
        values = []
        for i, iterator in enumerate(self._iterators):
            if iterator is None:
                values.append(self._fillvalue)
                continue
            try:
                values.append(next(iterator))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._iterators[i] = None
                values.append(self._fillvalue)
        return tuple(values)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._pools = pools
        self._indices = [0] * len(pools)
        self._first = True
        self._done = any(len(pool) == 0 for pool in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools, indices = self._pools, self._indices
        if self._first:
            self._first = False
            return tuple(pool[0] for pool in pools)
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                return tuple(pool[j] for pool, j in zip(pools, indices))
            indices[i] = 0
            i -= 1
        self._done = True
        raise StopIteration


def _check_r(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = _check_r(r, n)
        self._pool, self._r = pool, r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[i] for i in indices[:r])
        self._done = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r, len(pool))
        self._pool, self._r = pool, r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r, len(pool))
        self._pool, self._r = pool, r
        self._indices = [0] * r
        self._first = True
        self._done = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
             groupby, islice, pairwise, starmap, zip_longest, product, permutations, combinations,
             combinations_with_replacement, _tee, _grouper):
    _cls.__module__ = 'itertools'
del _cls
