# Exceptions raised and caught in loops.
# Stresses: raise/except of built-in and user-defined exceptions, exception matching
# against classes and tuples, try/finally, try/except/else, exceptions crossing function
# frames, exception attributes and args, built-in errors (KeyError, IndexError,
# ZeroDivisionError, ValueError from int()).


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


def lookup(d, k):
    if k not in d:
        raise NotFound(k % 50, "missing")
    return d[k]


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1


def run(n):
    d = {}
    for i in range(0, 100, 3):
        d[i] = i * 2
    total = 0
    finals = 0
    for i in range(n):
        k = i % 100
        try:
            total += lookup(d, k)
        except NotFound as e:
            total += e.code
        except AppError:
            total -= 1
        try:
            total += d[k + 1]
        except KeyError:
            total += 1
        else:
            total += 2
        finally:
            finals += 1
        try:
            total += 100 // (k % 5)
        except (ZeroDivisionError, OverflowError):
            total += 3
        if i % 10 == 0:
            try:
                deep(10)
            except ValueError as e:
                total += len(e.args[0])
        if i % 7 == 0:
            try:
                int("x" + str(k))
            except ValueError:
                total += 5
        try:
            [1, 2, 3][k]
        except IndexError:
            total += 1
    return total + finals


def main():
    print("exceptions checksum", run(350000))


main()
