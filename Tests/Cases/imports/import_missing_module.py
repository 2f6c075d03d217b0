# ModuleNotFoundError messages and the `name` attribute for top-level, nested and non-packages.
def attempt(statement):
    try:
        exec(statement)
    except ImportError as e:
        print(statement, "->", type(e).__name__, e, "| name =", e.name)
attempt("import no_such_module_xyz")
attempt("import pkg_basic.no_such_sub")
attempt("import pkg_basic.alpha.deeper")
attempt("from pkg_basic.missing_pkg import thing")
attempt("import no_such_top.child")
print(issubclass(ModuleNotFoundError, ImportError))
