# args: ["-c", "import sys; print('hello from -c', sys.argv, __name__); print(sys.path[0] == '')"]
