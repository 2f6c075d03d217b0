# An uncaught KeyError prints the repr of the key (str() of a KeyError is the key's repr too).
config = {"host": "localhost", 1: "one", (2, 3): "pair"}
for key in ["host", 1, (2, 3)]:
    print(repr(key), "->", config[key])
for missing in ["", 0, (1,), None]:
    try:
        config[missing]
    except KeyError as e:
        print("caught KeyError:", e)
port = config["port number"]
print("never printed")
