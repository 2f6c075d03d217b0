"""The base class of pyvm's syntax-tree nodes (_ast.AST), kept apart from the generated
node table in _ast.py."""


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()
    __module__ = "ast"

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(fields), "" if len(fields) == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError("%s got multiple values for argument '%s'"
                                % (type(self).__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(vars(self))


def _from_bridge(value):
    """A syntax tree from the compiler bridge's tuples: ("Name", fields, attributes)."""
    if type(value) is tuple and len(value) == 3 and type(value[0]) is str:
        import _ast
        node = getattr(_ast, value[0])()
        for name, item in value[1]:
            setattr(node, name, _from_bridge(item))
        for name, item in value[2]:
            setattr(node, name, item)
        return node
    if type(value) is list:
        return [_from_bridge(item) for item in value]
    return value


def _to_bridge(node):
    """The compiler bridge's tuples for a syntax tree."""
    if isinstance(node, AST):
        return (type(node).__name__,
                tuple((f, _to_bridge(getattr(node, f))) for f in node._fields if hasattr(node, f)),
                tuple((a, getattr(node, a)) for a in node._attributes if hasattr(node, a)))
    if isinstance(node, list):
        return [_to_bridge(item) for item in node]
    return node
