# ast over the compiler bridge: parse (PyCF_ONLY_AST) gives _ast nodes, compile() takes them back; literal_eval, unparse, visitors.
import ast
tree = ast.parse('x = 1 + 2\nprint(x * 3)')
print(ast.dump(tree))
print(ast.dump(ast.parse('f(a, *b, k=1)', mode='eval'), include_attributes=True)[:200])
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4j}"), ast.unparse(tree))
code = compile(tree, '<ast>', 'exec'); exec(code)
class V(ast.NodeVisitor):
    def visit_Name(self, node): print('name', node.id, node.lineno, node.col_offset)
V().visit(ast.parse('a + b.c'))
t = ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built')], []))], type_ignores=[]))
exec(compile(t, '<built>', 'exec'))
try: ast.parse('x = (')
except SyntaxError as e: print(e.msg, e.lineno)
