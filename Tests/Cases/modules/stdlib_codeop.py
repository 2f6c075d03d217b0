# codeop: deciding whether interactive input is complete.
import codeop

print(codeop.compile_command('x = 1') is not None)
print(codeop.compile_command('if True:'))
print(codeop.compile_command('def f():\n    return 1\n') is None, codeop.compile_command('def f():\n    return 1\n\n') is not None)
try:
    codeop.compile_command('x = = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
c = codeop.Compile()
code = c('y = 6 * 7', '<input>', 'single')
ns = {}
exec(code, ns)
print(ns['y'], type(codeop.CommandCompiler()).__name__)
