# The traceback lists every frame from the outermost call to the raise point, with carets.
def parse(text):
    return int(text)

def load(items):
    return [parse(item) for item in items]

def main():
    data = ["1", "2", "three"]
    print("loading", data)
    return load(data)

main()
