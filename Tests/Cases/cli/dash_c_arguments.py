# args: ["-c", "import sys\nfor a in sys.argv: print(repr(a))", "one", "two words", "-x"]
