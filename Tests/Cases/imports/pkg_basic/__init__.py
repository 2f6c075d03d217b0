# A regular package: its body runs once, on the first import of it or any submodule.
print("pkg_basic.__init__ runs as", __name__, "package", __package__)
VALUE = "from pkg_basic"
_private = "hidden"
