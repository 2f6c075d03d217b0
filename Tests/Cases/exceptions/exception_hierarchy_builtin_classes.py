# The builtin exception classes and their direct bases.
names = ["BaseException", "BaseExceptionGroup", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "Exception",
         "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError", "AssertionError",
         "AttributeError", "BufferError", "EOFError", "ExceptionGroup", "ImportError", "ModuleNotFoundError",
         "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
         "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
         "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
         "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
         "TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError",
         "StopAsyncIteration", "StopIteration", "SyntaxError", "IndentationError", "TabError", "SystemError",
         "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
         "UnicodeTranslateError", "Warning", "BytesWarning", "DeprecationWarning", "EncodingWarning",
         "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning",
         "SyntaxWarning", "UnicodeWarning", "UserWarning"]
scope = globals()["__builtins__"]
for name in names:
    cls = getattr(scope, name)
    print(name, [b.__name__ for b in cls.__bases__], cls.__mro__[-2].__name__)
print(EnvironmentError is OSError, IOError is OSError, issubclass(KeyboardInterrupt, Exception))
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(StopIteration, Exception))
