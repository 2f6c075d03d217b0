# types: the type objects it names, SimpleNamespace, MappingProxyType, new_class.
import types


def f():
    pass


print(types.FunctionType is type(f), types.CodeType is type(f.__code__), types.LambdaType is types.FunctionType)
print(types.BuiltinFunctionType is type(len), types.ModuleType is type(types), types.MethodType.__name__)
print(types.GeneratorType.__name__, types.CodeType.__name__, types.MappingProxyType.__name__)
print(type(types.FunctionType.__code__).__name__, type(types.FunctionType.__globals__).__name__)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [2]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[2]))
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp))
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError', e)
m = types.ModuleType('fresh', 'docs')
print(m.__name__, m.__doc__)
C = types.new_class('C', (object,), {}, lambda ns: ns.update(x=5))
print(C.__name__, C.x)


class Holder:
    def method(self):
        pass


print(isinstance(Holder().method, types.MethodType), isinstance(f, types.FunctionType))
print(types.resolve_bases((int,)), types.NoneType, types.EllipsisType, types.NotImplementedType)
