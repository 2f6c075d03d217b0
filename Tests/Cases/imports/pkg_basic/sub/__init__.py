print("pkg_basic.sub.__init__ runs, package", __package__)
