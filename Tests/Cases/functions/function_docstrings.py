# Docstrings are the first statement string literal only.
def documented():
    """First line.

    More text.
    """
    return 1
def not_docstring():
    x = 1
    "this is not a docstring"
    return x
def fstring_not_doc():
    f"not {'a'} docstring"
class WithDoc:
    "class doc"
    def method(self):
        'method doc'
print(repr(documented.__doc__))
print(not_docstring.__doc__, fstring_not_doc.__doc__, WithDoc.__doc__, WithDoc.method.__doc__, WithDoc().method.__doc__)
documented.__doc__ = "replaced"
print(documented.__doc__, (lambda: 0).__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__, len.__doc__)
