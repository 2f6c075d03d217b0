import sys
print("tool runs as", __name__, "package", __package__, "argv tail", sys.argv[1:])
if __name__ == "__main__":
    print("tool: main guard taken")
