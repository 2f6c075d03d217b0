# __name__ is "__main__" only in the script; an imported module sees its own name.
import pkg_main.tool
print(__name__ == "__main__", pkg_main.tool.__name__)
if __name__ == "__main__":
    print("script main guard taken")
