print("pkg_main package init, __name__ =", __name__)
