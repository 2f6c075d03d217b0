# Tracebacks through methods, a for loop and a comprehension frame.
class Parser:
    def __init__(self, text):
        self.text = text
    def fields(self):
        return [self.convert(f) for f in self.text.split(",")]
    def convert(self, field):
        return float(field)

for line in ["1,2", "3,x"]:
    print(Parser(line).fields())
